import Foundation
import Plot

/// The functional administrator manages the assignments professionals can give, and which of
/// them every resident gets when their search period starts.
struct AssignmentTemplatesPage {
    let context: PageContext
    let templates: [AssignmentTemplate]
    var input = OrganisationAdminService.TemplateInput()
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = c.t("Opdrachten voor de zoekperiode", "Assignments for the search period")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/beheer"), .text(c.t("Terug naar beheer", "Back to administration"))),
            UI.errorSummary(errors, c),
            .h1(.text(title)),
            .div(.class("table-wrapper"), .table(
                .caption(.class("visually-hidden"), .text(title)),
                .thead(.tr(.th(.text(c.t("Opdracht", "Assignment"))), .th(.text(c.t("Bewijs", "Proof"))),
                           .th(.text(c.t("Termijn", "Term"))), .th(.text(c.t("Bij start zoekperiode", "At start of search period"))),
                           .th(.text(c.t("Status", "Status"))))),
                .tbody(.forEach(templates) { template in
                    .tr(.td(.strong(.text(template.title)), .p(.class("hint"), .text(template.instructions))),
                        .td(.text(template.proof.label.text(in: c.language))),
                        .td(.text("\(template.daysToComplete) \(c.t("dagen", "days"))")),
                        .td(.text(template.givenAtSearchPeriod ? c.t("Ja", "Yes") : c.t("Nee", "No"))),
                        .td(.form(.method(.post), .action("/beheer/opdrachten/\(template.id!.uuidString)/wisselen"),
                                  UI.csrfField(c),
                                  .text(template.active ? c.t("Actief ", "Active ") : c.t("Uit ", "Off ")),
                                  .button(.type(.submit), .class("button secondary"),
                                          .text(template.active ? c.t("Zet uit", "Switch off") : c.t("Zet aan", "Switch on")),
                                          .span(.class("visually-hidden"), .text(": \(template.title)"))))))
                })
            )),
            .h2(.text(c.t("Nieuwe opdracht", "New assignment"))),
            .form(.method(.post), .action("/beheer/opdrachten"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "titel", label: c.t("Titel", "Title"), value: input.title, width: "width-20"), errors: errors, c),
                UI.textArea(name: "instructie", label: c.t("Uitleg voor de inwoner", "Instructions for the resident"),
                            hint: c.t("In eenvoudige taal (B1): wat moet de inwoner doen?", "In plain language (B1): what should the resident do?"),
                            value: input.instructions, rows: 4, errors: errors, c),
                UI.select(name: "bewijs", label: c.t("Bewijs", "Proof"),
                          options: Assignment.Proof.allCases.map { ($0.rawValue, $0.label.text(in: c.language)) }, selected: input.proof, c),
                UI.textField(.init(name: "termijn", label: c.t("Termijn in dagen", "Term in days"), value: input.days,
                                   inputMode: "numeric", width: "width-10"), errors: errors, c),
                .div(.class("checkbox"),
                    .input(.type(.checkbox), .id("veld-zoekperiode"), .name("zoekperiode"), .value("ja"), .checked(input.givenAtSearchPeriod)),
                    .label(.for("veld-zoekperiode"), .text(c.t("Iedereen krijgt deze opdracht bij de start van de zoekperiode",
                                                               "Everyone gets this assignment when the search period starts")))),
                .button(.type(.submit), .class("button"), .text(c.t("Opdracht toevoegen", "Add assignment")))
            )
        ))
    }
}
