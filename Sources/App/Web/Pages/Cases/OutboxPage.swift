import Foundation
import Plot

/// The e-mail notifications of the organisation and whether they were sent. Without
/// PLEIN_SMTP_URL (as in the demo) nothing is sent, and this page shows what would have been.
struct OutboxPage {
    let context: PageContext
    let mails: [OutboxMail]
    let sending: Bool

    func render() -> String {
        let c = context
        let title = c.t("Uitgaande e-mail", "Outgoing e-mail")
        return Layout.render(c, title: title, main: .group(
            .a(.class("back-link"), .href("/beheer"), .text(c.t("Terug naar beheer", "Back to administration"))),
            .h1(.text(title)),
            .p(.text(c.t("Deze berichten zet Plein klaar voor inwoners en professionals. Ze zeggen alleen dát er nieuws is, niet wat.",
                         "Plein queues these messages for residents and professionals. They only say that there is news, not what."))),
            .if(!sending, .div(.class("notice"), .p(.text(c.t(
                "Er is geen mailserver ingesteld (PLEIN_SMTP_URL). De berichten worden niet verstuurd; hier ziet u wat er verstuurd zou worden.",
                "No mail server is configured (PLEIN_SMTP_URL). The messages are not sent; here you see what would be sent."))))),
            .if(mails.isEmpty, .p(.text(c.t("Er zijn nog geen berichten.", "There are no messages yet.")))),
            .ul(.class("outbox"), .forEach(mails) { mail in
                .li(.p(.strong(.text(mail.subject))),
                    .p(.text(c.t("Aan: ", "To: ") + Self.masked(mail.recipient) + " · " + UI.dateTime(mail.createdAt, c) + " · "
                             + (mail.sentAt == nil ? c.t("nog niet verstuurd", "not sent yet") : c.t("verstuurd", "sent"))
                             + (mail.lastError.map { " · " + c.t("fout: ", "error: ") + $0 } ?? ""))),
                    .pre(.text(mail.body)))
            })
        ))
    }

    /// The administrator checks delivery, not who: "l…@voorbeeld.nl".
    static func masked(_ address: String) -> String {
        guard let at = address.firstIndex(of: "@"), at > address.startIndex else { return "…" }
        return "\(address[address.startIndex])…\(address[at...])"
    }
}
