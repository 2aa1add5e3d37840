import FluentKit
import Foundation

/// Tells whoever has a case's conversation open that a message was sent. The live
/// implementation pushes it over WebSockets; without one (tests, a page without JavaScript)
/// the conversation is still complete on the next page load.
protocol MessageBroadcaster: Sendable {
    /// `database`: where the message was just stored (a broadcaster may tell other Plein
    /// instances through it).
    func publish(_ message: LiveMessage, via database: any Database) async
}

/// What a live message carries: no more than the conversation page shows.
struct LiveMessage: Sendable, Equatable {
    let id: UUID
    let caseID: UUID
    let fromResident: Bool
    let senderName: String
    let text: String
    let sentAt: Date
}

extension LiveMessage {
    init(_ row: CaseMessageRow, caseID: UUID) {
        self.init(id: row.id, caseID: caseID, fromResident: row.fromResident, senderName: row.senderName,
                  text: row.text, sentAt: row.sentAt)
    }
}
