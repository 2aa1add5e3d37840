import Foundation
import Plot
import PleinDomain

/// Reporting a move once, for every organisation in Plein that knows the resident.
struct MovePage {
    let context: PageContext
    let reports: [MoveReport]
    var input = MoveService.Input()
    var justReported = false
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = c.t("Verhuizing doorgeven", "Report a move")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            UI.errorSummary(errors, c),
            .unwrap(justReported ? reports.first : nil) { report in
                .div(.class("notice success"), .attribute(named: "role", value: "status"),
                    .p(.text(report.toldTo.organisaties.isEmpty
                        ? c.t("Uw verhuizing is opgeslagen. Er is nog geen organisatie in Plein die u kent.",
                              "Your move has been saved. No organisation in Plein knows you yet.")
                        : c.t("Uw nieuwe adres is doorgegeven aan: \(report.toldTo.organisaties.joined(separator: ", ")).",
                              "Your new address has been passed on to: \(report.toldTo.organisaties.joined(separator: ", "))."))))
            },
            .h1(.text(title)),
            .p(.class("lead"), .text(c.t(
                "Gaat u verhuizen? Geef het hier één keer door. Dan krijgen alle organisaties in Plein die u helpen uw nieuwe adres.",
                "Are you moving? Report it here once. Then every organisation in Plein that helps you gets your new address."))),
            .div(.class("notice"), .p(.text(c.t(
                "Let op: dit is niet de officiële verhuizing. Die geeft u door aan de gemeente waar u gaat wonen, voor de Basisregistratie Personen (BRP).",
                "Note: this is not the official change of address. You report that to the municipality you move to, for the Personal Records Database (BRP).")))),
            .form(.method(.post), .action("/verhuizing"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "postcode", label: c.t("Nieuwe postcode", "New postcode"), value: input.postcode,
                                   autocomplete: "postal-code", width: "width-10"), errors: errors, c),
                UI.textField(.init(name: "huisnummer", label: c.t("Huisnummer", "House number"), hint: c.t("Met toevoeging, bijvoorbeeld 12a.", "With addition, for example 12a."),
                                   value: input.houseNumber, width: "width-10"), errors: errors, c),
                UI.textField(.init(name: "woonplaats", label: c.t("Woonplaats", "Town"), value: input.town,
                                   autocomplete: "address-level2", width: "width-20"), errors: errors, c),
                UI.textField(.init(name: "verhuisdatum", label: c.t("Datum van de verhuizing", "Date of the move"),
                                   hint: c.t("Bijvoorbeeld 1-12-2026.", "For example 1-12-2026."), value: input.moveDate,
                                   width: "width-10"), errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Verhuizing doorgeven", "Report move")))
            ),
            .if(!reports.isEmpty, .group(
                .h2(.text(c.t("Eerder doorgegeven", "Reported before"))),
                .ul(.forEach(reports) { report in
                    .li(.text("\(Postcode(report.postcode)?.printed ?? report.postcode) \(report.houseNumber), \(report.town) — "
                              + c.t("verhuisdatum ", "moving date ") + (CivilDate(iso: report.moveDate)?.dutchNotation ?? report.moveDate)
                              + " (" + c.t("gemeld op ", "reported on ") + UI.dateTime(report.reportedAt, c) + ")"))
                })
            ))
        ))
    }
}
