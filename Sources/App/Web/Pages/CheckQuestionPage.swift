import Plot
import PleinDomain

/// One question of "Check je rechten" (the GOV.UK question-page pattern): a back link, the
/// question as the page heading, the inputs, and one button to go on.
struct CheckQuestionPage {
    let context: PageContext
    let question: CheckQuestion
    let answers: CheckAnswers
    /// Where the form posts: the question's own address in its questionnaire.
    let action: String
    let backLink: String
    /// What was typed, shown again after an error; otherwise the stored answers are shown.
    var submitted: [String: String]? = nil
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let fields = question.fields(answers)
        let questionText = question.question.text(in: c.language)
        let single = fields.count == 1
        return Layout.render(c, title: questionText, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href(backLink), .text(c.t("Terug", "Back"))),
            UI.errorSummary(errors, c),
            .form(.method(.post), .action(action), .novalidate(),
                UI.csrfField(c),
                .if(single, .group(), else: .group(
                    .h1(.text(questionText)),
                    .unwrap(question.hint) { .p(.class("hint"), .text($0.text(in: c.language))) }
                )),
                .forEach(fields) { field in render(field, asQuestion: single) },
                .button(.type(.submit), .class("button"), .text(c.t("Volgende", "Next")))
            )
        ))
    }

    private func shown(_ name: String) -> String {
        if let submitted { return submitted[name] ?? "" }
        return answers.value(name) ?? ""
    }

    /// A field's label; when it is the page's only field, the question itself is the label,
    /// inside the h1, so the heading and the label are one (as GOV.UK does).
    private func render(_ field: CheckField, asQuestion: Bool) -> Node<HTML.FormContext> {
        let c = context
        let error = errors.first { $0.field == field.name }
        let id = "veld-\(field.name)"
        let labelText = asQuestion ? question.question.text(in: c.language) : field.label.text(in: c.language)
        let hint = (asQuestion ? question.hint ?? field.hint : field.hint).map { $0.text(in: c.language) }
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-fout" }].compactMap { $0 }.joined(separator: " ")
        let hintNode: Node<HTML.FormContext> = .unwrap(hint) { .p(.id("\(id)-hint"), .class("hint"), .text($0)) }
        let errorNode: Node<HTML.FormContext> = .unwrap(error) {
            .p(.id("\(id)-fout"), .class("error-message"), .span(.class("visually-hidden"), .text(c.t("Fout: ", "Error: "))),
               .text($0.message.text(in: c.language)))
        }
        let fieldClass = error == nil ? "field" : "field field-error"
        switch field.kind {
        case .choice(let options):
            return .div(.class(fieldClass), .fieldset(
                .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy),
                .element(named: "legend", nodes: [asQuestion ? .h1(.class("legend-heading"), .text(labelText)) : .text(labelText)]),
                hintNode, errorNode,
                .div(.class("radios"), .forEach(options.enumerated()) { index, option in
                    .div(.class("radio"),
                        .input(.type(.radio), .id(index == 0 ? id : "\(id)-\(index)"), .name(field.name), .value(option.value),
                               .checked(shown(field.name) == option.value)),
                        .label(.for(index == 0 ? id : "\(id)-\(index)"), .text(option.label.text(in: c.language))))
                })
            ))
        case .date:
            let stored = CivilDate(iso: shown(field.name))
            func part(_ suffix: String, _ label: String, _ value: String, _ width: String) -> Node<HTML.FormContext> {
                .div(.class("date-part"),
                    .label(.for(suffix == "dag" ? id : "\(id)-\(suffix)"), .text(label)),
                    .input(.type(.text), .id(suffix == "dag" ? id : "\(id)-\(suffix)"), .name("\(field.name)-\(suffix)"),
                           .value(submitted?["\(field.name)-\(suffix)"] ?? value),
                           .attribute(named: "class", value: "input \(width)"), .attribute(named: "inputmode", value: "numeric"),
                           .attribute(named: "autocomplete", value: asQuestion && field.name == "geboortedatum" ? "bday-\(suffix == "dag" ? "day" : suffix == "maand" ? "month" : "year")" : nil),
                           .attribute(named: "aria-invalid", value: error == nil ? nil : "true")))
            }
            return .div(.class(fieldClass), .fieldset(
                .attribute(named: "role", value: "group"),
                .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy),
                .element(named: "legend", nodes: [asQuestion ? .h1(.class("legend-heading"), .text(labelText)) : .text(labelText)]),
                hintNode, errorNode,
                .div(.class("date-input"),
                    part("dag", c.t("Dag", "Day"), stored.map { String($0.day) } ?? "", "width-2"),
                    part("maand", c.t("Maand", "Month"), stored.map { String($0.month) } ?? "", "width-2"),
                    part("jaar", c.t("Jaar", "Year"), stored.map { String($0.year) } ?? "", "width-4"))
            ))
        case .text(let format):
            return .div(.class(fieldClass),
                asQuestion ? .h1(.class("label-heading"), .label(.for(id), .text(labelText))) : .label(.for(id), .text(labelText)),
                hintNode, errorNode,
                .input(.type(format == .email ? .email : .text), .id(id), .name(field.name), .value(shown(field.name)),
                       .attribute(named: "class", value: "input width-20"),
                       .attribute(named: "autocomplete", value: format.autocomplete),
                       .attribute(named: "inputmode", value: format.inputMode),
                       .attribute(named: "spellcheck", value: "false"),
                       .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy),
                       .attribute(named: "aria-invalid", value: error == nil ? nil : "true")))
        case .count, .money:
            let isMoney: Bool = if case .money = field.kind { true } else { false }
            var value = shown(field.name)
            // In Dutch notation, as Plein shows amounts everywhere ("1.250,50"); Money(parsing:)
            // reads it back, so a resident can send the question again unchanged.
            if isMoney, submitted == nil, let cents = Int64(value) {
                value = Money(cents: cents).dutchNotation
            }
            return .div(.class(fieldClass),
                asQuestion ? .h1(.class("label-heading"), .label(.for(id), .text(labelText))) : .label(.for(id), .text(labelText)),
                hintNode, errorNode,
                .input(.type(.text), .id(id), .name(field.name), .value(value),
                       .attribute(named: "class", value: "input width-10"),
                       .attribute(named: "inputmode", value: isMoney ? "decimal" : "numeric"),
                       .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy),
                       .attribute(named: "aria-invalid", value: error == nil ? nil : "true")))
        }
    }
}
