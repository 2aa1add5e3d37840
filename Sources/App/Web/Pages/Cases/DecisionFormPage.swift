import Foundation
import Plot
import PleinDomain
import PleinRules

/// The professional decides: grant, refuse or not process. For a grant the page shows the
/// engine's amount for the start date with its explanation; another amount needs a reason.
struct DecisionFormPage {
    let context: PageContext
    let file: CaseFile
    let proposal: DecisionService.Proposal?
    var input = DecisionService.Input()
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let id = file.id!.uuidString
        let title = c.t("Besluit nemen", "Take decision")
        let kinds = Decision.Kind.allCases
        let chosen = input.kind.isEmpty ? Decision.Kind.toekenning.rawValue : input.kind
        return Layout.render(c, title: "\(title) — \(file.reference)", hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/zaken/\(id)"), .text(c.t("Terug naar de aanvraag", "Back to the application"))),
            UI.errorSummary(errors, c),
            .h1(.text("\(title): \(file.residentName)")),
            .p(.text(c.t("Aanvraagnummer: ", "Application number: ")), .strong(.text(file.reference))),
            .section(.attribute(named: "aria-labelledby", value: "berekening"),
                .h2(.id("berekening"), .text(c.t("Berekening door Plein", "Calculation by Plein"))),
                .unwrap(proposal, { proposal in
                    .unwrap(proposal.outcome, { outcome in
                        .group(
                            .p(.text(c.t("Vanaf \(proposal.startDate.dutchNotation) (de meldingsdatum, Participatiewet art. 44 lid 1): ",
                                         "From \(proposal.startDate.dutchNotation) (the day of the melding, Participatiewet art. 44(1)): ")),
                               .strong(.text(outcome.recht == .ja ? c.t("\(outcome.bedragPerMaand.formatted) per maand", "\(outcome.bedragPerMaand.formatted) per month")
                                                                 : c.t("geen recht volgens de berekening", "no entitlement according to the calculation")))),
                            .p(.text(outcome.toelichting)),
                            .details(.summary(.text(c.t("Hoe is dit berekend?", "How was this calculated?"))),
                                     TraceList.render(outcome.trace, peildatum: proposal.startDate)))
                    }, else: .p(.text(c.t("Plein kan dit niet berekenen: ", "Plein cannot calculate this: ") + (proposal.problem ?? ""))))
                }, else: .p(.text(c.t("Er is geen meldingsdatum.", "There is no melding date."))))
            ),
            .form(.method(.post), .action("/zaken/\(id)/besluit"), .novalidate(),
                UI.csrfField(c),
                .div(.class(errors.contains { $0.field == "soort" } ? "field field-error" : "field"), .fieldset(
                    .element(named: "legend", nodes: [.text(c.t("Besluit", "Decision"))]),
                    .unwrap(errors.first { $0.field == "soort" }) {
                        .p(.id("veld-soort-fout"), .class("error-message"), .text($0.message.text(in: c.language)))
                    },
                    .div(.class("radios"), .forEach(kinds.enumerated()) { index, kind in
                        .div(.class("radio"),
                            .input(.type(.radio), .id(index == 0 ? "veld-soort" : "veld-soort-\(index)"), .name("soort"),
                                   .value(kind.rawValue), .checked(chosen == kind.rawValue)),
                            .label(.for(index == 0 ? "veld-soort" : "veld-soort-\(index)"), .text(kind.label.text(in: c.language))))
                    }))),
                UI.textArea(name: "motivering", label: c.t("Motivering", "Motivation"),
                            hint: c.t("In gewone taal: waarom dit besluit? Noem de feiten en de artikelen waarop het rust (Awb art. 3:46, 3:47).",
                                      "In plain words: why this decision? Name the facts and the articles it rests on (Awb art. 3:46, 3:47)."),
                            value: input.motivation, rows: 6, errors: errors, c),
                UI.textField(.init(name: "ingangsdatum", label: c.t("Ingangsdatum (bij toekenning)", "Start date (when granting)"),
                                   hint: c.t("Als JJJJ-MM-DD. Niet vóór de meldingsdatum.", "As YYYY-MM-DD. Not before the day of the melding."),
                                   value: input.startDate.isEmpty ? (proposal?.startDate.description ?? "") : input.startDate,
                                   required: false, width: "width-10"), errors: errors, c),
                UI.textField(.init(name: "bedrag", label: c.t("Bedrag per maand in euro (bij toekenning)", "Amount per month in euro (when granting)"),
                                   hint: c.t("Laat leeg om het berekende bedrag te gebruiken.", "Leave empty to use the calculated amount."),
                                   value: input.amount, inputMode: "decimal", required: false, width: "width-10"), errors: errors, c),
                UI.textArea(name: "afwijkingsreden", label: c.t("Reden om af te wijken van de berekening", "Reason to deviate from the calculation"),
                            hint: c.t("Alleen nodig als u een ander bedrag invult.", "Only needed when you enter another amount."),
                            value: input.deviationReason, rows: 3, errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Besluit vastleggen", "Record decision")))
            )
        ))
    }
}
