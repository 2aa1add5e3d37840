import Foundation
import Plot

/// Building blocks shared by the pages, so every form field and error looks and behaves the
/// same (NL Design System / GOV.UK patterns): label, hint, error message tied to the input
/// with aria-describedby, and an error summary that links to each field.
enum UI {
    static func csrfField(_ context: PageContext) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(context.csrfToken))
    }

    static func errorSummary(_ errors: [FieldError], _ context: PageContext) -> Node<HTML.BodyContext> {
        .if(!errors.isEmpty, .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .attribute(named: "aria-labelledby", value: "fouten-titel"), .attribute(named: "tabindex", value: "-1"),
            .h2(.id("fouten-titel"), .text(context.t("Er is een probleem", "There is a problem"))),
            .ul(.forEach(errors) { error in
                .li(.a(.href("#veld-\(error.field)"), .text(error.message.text(in: context.language))))
            })
        ))
    }

    struct Field {
        var name: String
        var label: String
        var hint: String? = nil
        var value: String = ""
        var type: HTMLInputType = .text
        var autocomplete: String? = nil
        var inputMode: String? = nil
        var required = true
        var width: String? = nil
        /// The language of what is typed, when it differs from the page's (WCAG 3.1.2).
        var contentLanguage: ContentLanguage? = nil
    }

    static func textField(_ field: Field, errors: [FieldError], _ context: PageContext) -> Node<HTML.FormContext> {
        let error = errors.first { $0.field == field.name }
        let inputID = "veld-\(field.name)"
        let describedBy = [field.hint.map { _ in "\(inputID)-hint" }, error.map { _ in "\(inputID)-fout" }]
            .compactMap { $0 }.joined(separator: " ")
        return .div(.class(error == nil ? "field" : "field field-error"),
            .label(.for(inputID), .text(field.label),
                   .if(!field.required, .span(.class("optional"), .text(context.t(" (niet verplicht)", " (optional)"))))),
            .unwrap(field.hint) { .p(.id("\(inputID)-hint"), .class("hint"), .text($0)) },
            errorMessage(error, of: inputID, context),
            .input(.type(field.type), .id(inputID), .name(field.name), .value(field.value),
                   .attribute(named: "class", value: ["input", field.width].compactMap { $0 }.joined(separator: " ")),
                   .attribute(named: "autocomplete", value: field.autocomplete),
                   .attribute(named: "inputmode", value: field.inputMode),
                   .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy),
                   .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                   .attribute(named: "lang", value: field.contentLanguage?.rawValue),
                   .attribute(named: "dir", value: field.contentLanguage.map(\.direction)))
        )
    }

    /// A file input for documents: what is accepted and how large, stated before choosing.
    static func fileField(name: String, label: String, maxUploadBytes: Int, errors: [FieldError],
                          _ context: PageContext) -> Node<HTML.FormContext> {
        let error = errors.first { $0.field == name }
        let inputID = "veld-\(name)"
        let describedBy = ["\(inputID)-hint", error.map { _ in "\(inputID)-fout" }].compactMap { $0 }.joined(separator: " ")
        return .div(.class(error == nil ? "field" : "field field-error"),
            .label(.for(inputID), .text(label)),
            .p(.id("\(inputID)-hint"), .class("hint"), .text(context.t(
                "Een PDF, JPG of PNG van hoogstens \(maxUploadBytes / (1024 * 1024)) MB.",
                "A PDF, JPG or PNG of at most \(maxUploadBytes / (1024 * 1024)) MB."))),
            errorMessage(error, of: inputID, context),
            .input(.type(.file), .id(inputID), .name(name),
                   .attribute(named: "accept", value: ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"),
                   .attribute(named: "aria-describedby", value: describedBy),
                   .attribute(named: "aria-invalid", value: error == nil ? nil : "true"))
        )
    }

    /// A multi-line text input with its label, hint and error, like `textField`.
    static func textArea(name: String, label: String, hint: String? = nil, value: String = "", rows: Int = 5,
                         contentLanguage: ContentLanguage? = nil, errors: [FieldError], _ context: PageContext) -> Node<HTML.FormContext> {
        let error = errors.first { $0.field == name }
        let inputID = "veld-\(name)"
        let describedBy = [hint.map { _ in "\(inputID)-hint" }, error.map { _ in "\(inputID)-fout" }].compactMap { $0 }.joined(separator: " ")
        return .div(.class(error == nil ? "field" : "field field-error"),
            .label(.for(inputID), .text(label)),
            .unwrap(hint) { .p(.id("\(inputID)-hint"), .class("hint"), .text($0)) },
            errorMessage(error, of: inputID, context),
            .textarea(.id(inputID), .name(name), .class("input"), .attribute(named: "rows", value: String(rows)),
                      .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy),
                      .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                      .attribute(named: "lang", value: contentLanguage?.rawValue),
                      .attribute(named: "dir", value: contentLanguage.map(\.direction)),
                      .text(value))
        )
    }

    /// A drop-down list; Plot's own `<option>` has no text content, which not every browser shows.
    /// With an error (a filter given a value none of the options has) the error shows as with
    /// `textField`.
    static func select(name: String, label: String, options: [(value: String, text: String)], selected: String? = nil,
                       errors: [FieldError] = [], _ context: PageContext) -> Node<HTML.FormContext> {
        let error = errors.first { $0.field == name }
        let inputID = "veld-\(name)"
        return .div(.class(error == nil ? "field" : "field field-error"),
            .label(.for(inputID), .text(label)),
            errorMessage(error, of: inputID, context),
            .element(named: "select", nodes: [
                .attribute(named: "id", value: inputID), .attribute(named: "name", value: name),
                .attribute(named: "class", value: "input"),
                .attribute(named: "aria-describedby", value: error.map { _ in "\(inputID)-fout" }),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .group(options.map { option in
                    .element(named: "option", nodes: [
                        // An empty value ("none chosen") must still be sent as empty, not as the option's text.
                        .attribute(named: "value", value: option.value, ignoreIfValueIsEmpty: false),
                        option.value == selected ? .attribute(named: "selected", value: "selected") : .empty,
                        .text(option.text)])
                })
            ]))
    }

    /// A field's error under its label; the input names it in `aria-describedby`.
    private static func errorMessage(_ error: FieldError?, of inputID: String, _ context: PageContext) -> Node<HTML.FormContext> {
        .unwrap(error) { .p(.id("\(inputID)-fout"), .class("error-message"),
                            .span(.class("visually-hidden"), .text(context.t("Fout: ", "Error: "))),
                            .text($0.message.text(in: context.language))) }
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreservedInURL) ?? "/"
    }

    /// RFC 3986's unreserved characters, and "/". Made once: the set was built again for every
    /// page's language link, 1 % of a work queue page's CPU.
    private static let unreservedInURL = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")

    static func dateTime(_ date: Date, _ context: PageContext) -> String { dateTime(date, language: context.language) }

    static func dateTime(_ date: Date, language: Language) -> String {
        (language == .nl ? dutchDateTime : englishDateTime).string(from: date)
    }

    // Made once: a new formatter per date set up ICU again, a twentieth of a case page's CPU.
    // Foundation's DateFormatter locks its own state, so one instance serves every request.
    private static let dutchDateTime = dateTimeFormatter(locale: "nl_NL")
    private static let englishDateTime = dateTimeFormatter(locale: "en_GB")

    private static func dateTimeFormatter(locale: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "d MMMM yyyy, HH:mm"
        return formatter
    }
}
