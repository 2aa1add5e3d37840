import Foundation

/// Tells whoever has a case's conversation open that a message was sent. The live
/// implementation pushes it over WebSockets; without one (tests, a page without JavaScript)
/// the conversation is still complete on the next page load.
protocol MessageBroadcaster: Sendable {
    func publish(_ message: LiveMessage) async
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
