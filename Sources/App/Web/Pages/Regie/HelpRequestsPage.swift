import Foundation
import Plot
import PleinDomain

/// The team's inbox of help requests from the wijken it serves.
struct HelpRequestsPage {
    let context: PageContext
    let requests: [HelpRequest]

    func render() -> String {
        let c = context
        let title = c.t("Hulpvragen", "Help requests")
        return Layout.render(c, title: title, main: .group(
            .h1(.text(title)),
            .p(.class("lead"), .text(c.t("Vragen van inwoners uit de wijken die uw organisatie bedient. Plan een gesprek; de inwoner ziet de afspraak op Mijn Plein.",
                                         "Questions from residents in the areas your organisation serves. Plan a meeting; the resident sees the appointment on My Plein."))),
            .if(requests.isEmpty, .p(.text(c.t("Geen hulpvragen.", "No help requests."))),
                else: .div(.class("table-wrapper"), .table(
                    .caption(.class("visually-hidden"), .text(title)),
                    .thead(.tr(.th(.text(c.t("Inwoner", "Resident"))), .th(.text(c.t("Waarover", "About"))),
                               .th(.text(c.t("Ontvangen", "Received"))), .th(.text(c.t("Status", "Status"))))),
                    .tbody(.forEach(requests) { request in
                        .tr(.td(.a(.href("/hulpvragen/\(request.id!.uuidString)"), .text(request.residentName))),
                            .td(.text(request.theme.label.text(in: c.language))),
                            .td(.text(request.createdAt.map { UI.dateTime($0, c) } ?? "")),
                            .td(.span(.class("tag"), .text(request.status.label.text(in: c.language)))))
                    }))))
        ))
    }
}
