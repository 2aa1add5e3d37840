import Fluent
import Foundation

/// An organisation's system that wants to hear of events (for now: a resident's move). The
/// signing secret is kept encrypted; the organisation saw it once, when it was made.
final class WebhookSubscription: Model, @unchecked Sendable {
    static let schema = "webhook_abonnementen"

    static let events = ["verhuizing"]

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "url") var url: String
    @Field(key: "geheim_versleuteld") var sealedSecret: Data
    @Field(key: "gebeurtenis") var event: String
    @Field(key: "actief") var active: Bool
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, url: String, sealedSecret: Data, event: String) {
        self.organisationID = organisationID
        self.url = url
        self.sealedSecret = sealedSecret
        self.event = event
        self.active = true
    }
}
