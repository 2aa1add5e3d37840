import Foundation
import Plot

/// The case's conversation as an inbox: every message with sender, time, read status and
/// attachment, and a form to write one. Works the same without JavaScript.
struct MessagesSection {
    let context: PageContext
    let file: CaseRecord
    let messages: [CaseMessageRow]
    let documents: [CaseDocumentRow]
    let maxUploadBytes: Int
    let errors: [FieldError]
    let typed: [String: String]
    let forResident: Bool

    func render() -> Node<HTML.BodyContext> {
        let c = context
        return .section(.attribute(named: "aria-labelledby", value: "berichten"),
            .h2(.id("berichten"), .text(c.t("Berichten", "Messages"))),
            .if(messages.isEmpty, .p(.id("geen-berichten"), .text(c.t("Nog geen berichten.", "No messages yet.")))),
            // berichten.js opens the live channel named here and adds new messages to this list.
            .ol(.class("messages"), .attribute(named: "data-live", value: "/zaken/\(file.id.uuidString)/live"),
                .attribute(named: "data-nieuw", value: c.t("Nieuw bericht van", "New message from")),
                .forEach(messages) { message in
                let own = message.fromResident == forResident
                return .li(.class(own ? "message own" : "message"), .id("bericht-\(message.id.uuidString)"),
                    .p(.class("message-meta"), .strong(.text(message.senderName)), .text(" · \(UI.dateTime(message.sentAt, c))"),
                       .if(own, .text(" · " + (message.readAt == nil ? c.t("nog niet gelezen", "not read yet") : c.t("gelezen", "read"))))),
                    .p(.class("message-text"), .text(message.text)),
                    .unwrap(message.documentID.flatMap { id in documents.first { $0.id == id } }) { .ul(CaseDocumentsList.link($0, c)) })
            }),
            .p(.id("berichten-live"), .class("visually-hidden"), .attribute(named: "aria-live", value: "polite")),
            .form(.method(.post), .action("/zaken/\(file.id.uuidString)/berichten"), .enctype(.multipartData), .novalidate(),
                UI.csrfField(c),
                UI.textArea(name: "bericht", label: forResident ? c.t("Bericht aan uw consulent", "Message to your case worker")
                                                                : c.t("Bericht aan de inwoner", "Message to the resident"),
                            value: typed["bericht"] ?? "", rows: 4, errors: errors, c),
                UI.fileField(name: "bijlage", label: c.t("Bijlage (niet verplicht)", "Attachment (optional)"), maxUploadBytes: maxUploadBytes, errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Versturen", "Send")))
            )
        )
    }
}
