import Foundation
import Plot

/// The functional administrator's webhooks: receivers, a new receiver (its secret shown once),
/// and the newest deliveries with their status, so failures are seen and can be retried.
struct WebhooksPage {
    let context: PageContext
    let subscriptions: [WebhookSubscription]
    let deliveries: [WebhookDelivery]
    var newSecret: String? = nil
    var url = ""
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = c.t("Webhooks", "Webhooks")
        let addresses = Dictionary(uniqueKeysWithValues: subscriptions.map { ($0.id!, $0.url) })
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/beheer"), .text(c.t("Terug naar beheer", "Back to administration"))),
            UI.errorSummary(errors, c),
            .unwrap(newSecret) { secret in
                .div(.class("notice success"), .attribute(named: "role", value: "status"),
                     .p(.text(c.t("De webhook is gemaakt. Kopieer de sleutel om handtekeningen te controleren nu: u ziet hem maar één keer.",
                                  "The webhook has been made. Copy the key for checking signatures now: you see it only once."))),
                     .p(.class("token"), .text(secret)))
            },
            .h1(.text(title)),
            .p(.text(c.t("Systemen van uw organisatie krijgen een bericht als er iets gebeurt, bijvoorbeeld als een inwoner verhuist. Elk bericht is ondertekend; zie docs/webhooks.md.",
                         "Your organisation's systems get a message when something happens, for example when a resident moves. Every message is signed; see docs/webhooks.md."))),
            .if(subscriptions.isEmpty, .p(.text(c.t("Er zijn nog geen ontvangers.", "There are no receivers yet."))),
                else: .div(.class("table-wrapper"), .table(
                .caption(.text(c.t("Ontvangers", "Receivers"))),
                .thead(.tr(.th(.text(c.t("Adres", "Address"))), .th(.text(c.t("Gebeurtenis", "Event"))), .th(.text(c.t("Gemaakt", "Created"))))),
                .tbody(.forEach(subscriptions) { subscription in
                    .tr(.td(.text(subscription.url)), .td(.text(subscription.event)),
                        .td(.text(subscription.createdAt.map { UI.dateTime($0, c) } ?? "")))
                })))),
            .form(.method(.post), .action("/beheer/webhooks"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "url", label: c.t("Adres van de ontvanger", "Receiver address"),
                                   hint: c.t("Begint met https://.", "Starts with https://."), value: url, type: .url, width: "width-20"), errors: errors, c),
                UI.select(name: "gebeurtenis", label: c.t("Gebeurtenis", "Event"),
                          options: WebhookSubscription.events.map { ($0, $0 == "verhuizing" ? c.t("Een inwoner verhuist", "A resident moves") : $0) }, c),
                .button(.type(.submit), .class("button"), .text(c.t("Webhook maken", "Make webhook")))),
            .h2(.text(c.t("Laatste berichten", "Latest messages"))),
            .if(deliveries.isEmpty, .p(.text(c.t("Nog geen berichten verstuurd.", "No messages sent yet."))),
                else: .div(.class("table-wrapper"), .table(
                    .caption(.class("visually-hidden"), .text(c.t("Laatste berichten", "Latest messages"))),
                    .thead(.tr(.th(.text(c.t("Gebeurtenis", "Event"))), .th(.text(c.t("Ontvanger", "Receiver"))),
                               .th(.text(c.t("Status", "Status"))), .th(.text(c.t("Pogingen", "Attempts"))),
                               .th(.text(c.t("Laatste resultaat", "Last result"))), .th(.text(c.t("Actie", "Action"))))),
                    .tbody(.forEach(deliveries) { delivery in
                        .tr(.td(.text(delivery.event)), .td(.text(addresses[delivery.subscriptionID] ?? "")),
                            .td(.span(.class("tag tag-\(delivery.status == .geleverd ? "done" : delivery.status == .mislukt ? "te-laat" : "open")"),
                                      .text(status(delivery)))),
                            .td(.text(String(delivery.attempts))),
                            .td(.text(delivery.lastResult ?? "—")),
                            .td(.if(delivery.status == .mislukt,
                                    .form(.method(.post), .action("/beheer/webhooks/leveringen/\(delivery.id!.uuidString)/opnieuw"),
                                          UI.csrfField(c),
                                          .button(.type(.submit), .class("button secondary"), .text(c.t("Opnieuw proberen", "Try again")))),
                                    else: .text("—"))))
                    }))))
        ))
    }

    private func status(_ delivery: WebhookDelivery) -> String {
        let c = context
        switch delivery.status {
        case .geleverd: return c.t("Afgeleverd", "Delivered") + (delivery.deliveredAt.map { " " + UI.dateTime($0, c) } ?? "")
        case .mislukt: return c.t("Mislukt", "Failed")
        case .wachtend: return c.t("Wacht, volgende poging ", "Waiting, next attempt ") + UI.dateTime(delivery.nextAttemptAt, c)
        }
    }
}
