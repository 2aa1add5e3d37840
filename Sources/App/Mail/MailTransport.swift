import Foundation

/// Sends one e-mail. The live implementation speaks SMTP; tests use a fake SMTP server.
protocol MailTransport: Sendable {
    func send(_ mail: OutgoingMail) async throws
}

struct OutgoingMail: Sendable, Equatable {
    let from: String
    let to: String
    let subject: String
    let body: String
}
