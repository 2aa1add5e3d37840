import Foundation
import Plot

/// The functional administrator's wijken: postcode ranges and who serves each.
struct AreasPage {
    let context: PageContext
    let areas: [AreaService.Listed]
    let teams: [Organisation]
    var input = AreaService.Input()
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = c.t("Wijken", "Areas")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/beheer"), .text(c.t("Beheer", "Administration"))),
            UI.errorSummary(errors, c),
            .h1(.text(title)),
            .p(.class("lead"), .text(c.t("Een hulpvraag gaat naar het team van de wijk waar de inwoner woont, op de eerste vier cijfers van de postcode.",
                                         "A help request goes to the team of the area where the resident lives, by the first four digits of the postcode."))),
            .if(areas.isEmpty, .p(.text(c.t("Nog geen wijken. Hulpvragen gaan dan naar de gemeente zelf.", "No areas yet. Help requests then go to the municipality itself."))),
                else: .div(.class("table-wrapper"), .table(
                    .caption(.class("visually-hidden"), .text(title)),
                    .thead(.tr(.th(.text(c.t("Wijk", "Area"))), .th(.text(c.t("Postcodes", "Postcodes"))),
                               .th(.text(c.t("Bediend door", "Served by"))), .th(.span(.class("visually-hidden"), .text(c.t("Verwijderen", "Remove")))))),
                    .tbody(.forEach(areas) { listed in
                        .tr(.td(.text(listed.area.name)), .td(.text("\(listed.area.postcodeFrom) – \(listed.area.postcodeThrough)")),
                            .td(.text(listed.servedByName ?? "—")),
                            .td(.form(.method(.post), .action("/beheer/gebieden/\(listed.area.id!.uuidString)/verwijderen"), .class("inline-form"),
                                      UI.csrfField(c),
                                      .button(.type(.submit), .class("button secondary"), .text(c.t("Verwijderen", "Remove")),
                                              .span(.class("visually-hidden"), .text(" \(listed.area.name)"))))))
                    })))),
            .h2(.text(c.t("Wijk toevoegen", "Add an area"))),
            .form(.method(.post), .action("/beheer/gebieden"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "naam", label: c.t("Naam", "Name"), value: input.name, width: "width-20"), errors: errors, c),
                UI.textField(.init(name: "van", label: c.t("Van postcode", "From postcode"), hint: c.t("Vier cijfers, bijvoorbeeld 1011.", "Four digits, for example 1011."),
                                   value: input.from, inputMode: "numeric", width: "width-5"), errors: errors, c),
                UI.textField(.init(name: "totEnMet", label: c.t("Tot en met postcode", "Up to and including postcode"),
                                   value: input.through, inputMode: "numeric", width: "width-5"), errors: errors, c),
                UI.select(name: "bediendDoor", label: c.t("Bediend door", "Served by"),
                          options: teams.map { ($0.id!.uuidString, $0.name) }, selected: input.servedBy, c),
                .button(.type(.submit), .class("button"), .text(c.t("Toevoegen", "Add"))))
        ))
    }
}
