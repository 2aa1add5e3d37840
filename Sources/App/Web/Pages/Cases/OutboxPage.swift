import Foundation
import Plot

/// The e-mail notifications of the organisation and whether they were sent. Plein has no SMTP
/// delivery yet, so in every mode this page shows what would have been sent.
struct OutboxPage {
    let context: PageContext
    let mails: [OutboxMail]

    func render() -> String {
        let c = context
        let title = c.t("Uitgaande e-mail", "Outgoing e-mail")
        return Layout.render(c, title: title, main: .group(
            .a(.class("back-link"), .href("/beheer"), .text(c.t("Terug naar beheer", "Back to administration"))),
            .h1(.text(title)),
            .p(.text(c.t("Deze berichten zet Plein klaar voor inwoners en professionals. Ze zeggen alleen dát er nieuws is, niet wat.",
                         "Plein queues these messages for residents and professionals. They only say that there is news, not what."))),
            .if(mails.isEmpty, .p(.text(c.t("Er zijn nog geen berichten.", "There are no messages yet.")))),
            .ul(.class("outbox"), .forEach(mails) { mail in
                .li(.p(.strong(.text(mail.subject))),
                    .p(.text(c.t("Aan: ", "To: ") + mail.recipient + " · " + UI.dateTime(mail.createdAt, c) + " · "
                             + (mail.sentAt == nil ? c.t("nog niet verstuurd", "not sent yet") : c.t("verstuurd", "sent")))),
                    .pre(.text(mail.body)))
            })
        ))
    }
}
