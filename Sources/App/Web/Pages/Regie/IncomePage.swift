import Foundation
import Plot
import PleinDomain

/// The resident adds income no organisation on Plein supplies (wages, alimentatie), and removes
/// what they added before.
struct IncomePage {
    let context: PageContext
    let own: [IncomePart]
    var input = IncomeService.Input(frequency: PaymentFrequency.maand.rawValue)
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = c.t("Inkomen toevoegen", "Add income")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/mijn-plein#inkomen"), .text(c.t("Terug naar Mijn Plein", "Back to My Plein"))),
            UI.errorSummary(errors, c),
            .h1(.text(title)),
            .p(.class("lead"), .text(c.t("Vul in wat u krijgt en hoe vaak. Dan ziet u op Mijn Plein uw inkomen per maand en wanneer het komt.",
                                         "Enter what you receive and how often. Then My Plein shows your income per month and when it arrives."))),
            .form(.method(.post), .action("/mijn-plein/inkomen"), .novalidate(),
                UI.csrfField(c),
                UI.select(name: "soort", label: c.t("Wat voor inkomen?", "What kind of income?"),
                          options: [("", c.t("Kies…", "Choose…"))] + IncomePart.Kind.allCases.map { ($0.rawValue, $0.label.text(in: c.language)) },
                          selected: input.kind, c),
                UI.textField(.init(name: "betaler", label: c.t("Van wie krijgt u het?", "Who pays it?"),
                                   hint: c.t("Bijvoorbeeld de naam van uw werkgever.", "For example the name of your employer."),
                                   value: input.payer, width: "width-20"), errors: errors, c),
                UI.textField(.init(name: "bedrag", label: c.t("Bedrag per keer, in euro", "Amount each time, in euro"),
                                   hint: c.t("Het bedrag dat op uw rekening komt, bijvoorbeeld 1250,00.", "The amount paid into your account, for example 1250.00."),
                                   value: input.amount, inputMode: "decimal", width: "width-10"), errors: errors, c),
                UI.select(name: "frequentie", label: c.t("Hoe vaak?", "How often?"),
                          options: PaymentFrequency.allCases.map { ($0.rawValue, $0.label.text(in: c.language)) }, selected: input.frequency, c),
                UI.textField(.init(name: "eersteBetaling", label: c.t("Datum van een betaling", "Date of a payment"),
                                   hint: c.t("De laatste of de volgende, bijvoorbeeld 25-11-2026.", "The last or the next one, for example 25-11-2026."),
                                   value: input.firstPayment, width: "width-10"), errors: errors, c),
                UI.textField(.init(name: "laatsteBetaling", label: c.t("Laatste betaling", "Last payment"),
                                   hint: c.t("Alleen als u weet wanneer het stopt.", "Only if you know when it stops."),
                                   value: input.lastPayment, required: false, width: "width-10"), errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Toevoegen", "Add")))),
            .h2(.text(c.t("Wat u zelf heeft toegevoegd", "What you added yourself"))),
            .if(own.isEmpty, .p(.text(c.t("Nog niets.", "Nothing yet."))),
                else: .ul(.forEach(own) { part in
                    .li(.text("\(part.kind.label.text(in: c.language)), \(part.payer): \(part.amount.formatted) \(part.frequency.label.text(in: c.language)) "),
                        .form(.method(.post), .action("/mijn-plein/inkomen/\(part.id!.uuidString)/verwijderen"), .class("inline-form"),
                              UI.csrfField(c),
                              .button(.type(.submit), .class("button secondary"), .text(c.t("Verwijderen", "Remove")),
                                      .span(.class("visually-hidden"), .text(" \(part.kind.label.text(in: c.language)), \(part.payer)")))))
                }))
        ))
    }
}
