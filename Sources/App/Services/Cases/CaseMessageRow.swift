import Foundation

/// A message in a case's conversation as the case page and the API show it (see `PlainRow`).
struct CaseMessageRow: PlainRow {
    let id: UUID
    let fromResident: Bool
    let senderName: String
    let text: String
    let documentID: UUID?
    let sentAt: Date
    let readAt: Date?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, fromResident = "van_inwoner", senderName = "afzender_naam", text = "tekst", documentID = "document_id"
        case sentAt = "verzonden_op", readAt = "gelezen_op"
    }
}

extension CaseMessageRow {
    /// The row of a message just sent, for the API's answer.
    init(_ message: CaseMessage) {
        self.init(id: message.id!, fromResident: message.fromResident, senderName: message.senderName, text: message.text,
                  documentID: message.documentID, sentAt: message.sentAt, readAt: message.readAt)
    }
}
