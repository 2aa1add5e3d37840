import Fluent
import Foundation

/// One event on its way to one subscription: tried until the receiver answers 2xx, with a
/// growing pause between tries, and given up after `WebhookDispatcher.maxAttempts`.
final class WebhookDelivery: Model, @unchecked Sendable {
    static let schema = "webhook_leveringen"

    enum Status: String, Codable, CaseIterable, Sendable {
        case wachtend, geleverd, mislukt
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "abonnement_id") var subscriptionID: UUID
    @Field(key: "gebeurtenis") var event: String
    /// The JSON body exactly as it is sent (and signed).
    @Field(key: "inhoud") var body: String
    @Enum(key: "status") var status: Status
    @Field(key: "pogingen") var attempts: Int
    @Field(key: "volgende_poging_op") var nextAttemptAt: Date
    @OptionalField(key: "laatste_resultaat") var lastResult: String?
    @OptionalField(key: "geleverd_op") var deliveredAt: Date?
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, subscriptionID: UUID, event: String, body: String, now: Date = Date()) {
        self.organisationID = organisationID
        self.subscriptionID = subscriptionID
        self.event = event
        self.body = body
        self.status = .wachtend
        self.attempts = 0
        self.nextAttemptAt = now
    }
}
