import Fluent
import Foundation

/// Sends what waits in the outbox, oldest first; a failure is kept on the mail and tried again
/// on the next round, up to `maxAttempts`.
struct OutboxDelivery: Sendable {
    let database: any Database
    let transport: any MailTransport
    let from: String

    static let maxAttempts = 10

    @discardableResult
    func deliverPending(now: Date = Date()) async throws -> (sent: Int, failed: Int) {
        let pending = try await OutboxMail.query(on: database).filter(\.$sentAt == nil)
            .filter(\.$attempts < Self.maxAttempts).sort(\.$createdAt).limit(50).all()
        var sent = 0, failed = 0
        for mail in pending {
            do {
                try await transport.send(OutgoingMail(from: from, to: mail.recipient, subject: mail.subject, body: mail.body))
                mail.sentAt = now
                sent += 1
            } catch {
                mail.lastError = String(String(describing: error).prefix(300))
                failed += 1
            }
            mail.attempts += 1
            try await mail.save(on: database)
        }
        return (sent, failed)
    }
}
