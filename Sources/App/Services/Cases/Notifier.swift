import Fluent
import Foundation

/// Queues e-mail notifications in the outbox. A notification says only that there is news and
/// where to look, never what the news is: e-mail is not a secure channel.
struct Notifier: Sendable {
    let database: any Database

    func notify(_ recipient: String?, organisationID: UUID, subject: String, about what: String) async throws {
        guard let recipient, !recipient.isEmpty else { return }
        let body = """
            Beste lezer,

            \(what) Log in op Plein om het te lezen.

            Dit is een automatisch bericht. U kunt het niet beantwoorden. Heeft u vragen? Stuur een bericht via Plein of bel uw gemeente.
            """
        try await OutboxMail(organisationID: organisationID, recipient: recipient, subject: subject, body: body).create(on: database)
    }
}
