import Fluent
import Foundation

/// An e-mail notification waiting to be sent (or sent). Notifications never carry case
/// content, only that there is something new and where to look.
final class OutboxMail: Model, @unchecked Sendable {
    static let schema = "uitgaande_mail"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "aan") var recipient: String
    @Field(key: "onderwerp") var subject: String
    @Field(key: "tekst") var body: String
    @Field(key: "aangemaakt_op") var createdAt: Date
    @OptionalField(key: "verzonden_op") var sentAt: Date?
    @Field(key: "pogingen") var attempts: Int
    @OptionalField(key: "laatste_fout") var lastError: String?

    init() {}

    init(organisationID: UUID, recipient: String, subject: String, body: String, createdAt: Date = Date()) {
        self.organisationID = organisationID
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.createdAt = createdAt
        self.attempts = 0
    }
}
