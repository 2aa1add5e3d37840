import Fluent
import Foundation

/// Who did what: one append-only row per action, linked to the processing log by trace id.
/// Denied attempts are recorded too — they are what an auditor looks for first.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "auditlog"

    enum Outcome: String, Codable, Sendable { case toegestaan, geweigerd, mislukt }

    @ID(key: .id) var id: UUID?
    @Field(key: "trace_id") var traceID: String
    @Field(key: "op") var at: Date
    /// "gebruiker", "api_client" or "systeem".
    @Field(key: "actor_soort") var actorKind: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @OptionalField(key: "organisatie_id") var organisationID: UUID?
    @Field(key: "handeling") var action: String
    @OptionalField(key: "object_soort") var objectType: String?
    @OptionalField(key: "object_id") var objectID: String?
    @Enum(key: "uitkomst") var outcome: Outcome

    init() {}

    init(traceID: String, at: Date, actorKind: String, actorID: UUID?, organisationID: UUID?,
         action: String, objectType: String?, objectID: String?, outcome: Outcome) {
        self.traceID = traceID
        self.at = at
        self.actorKind = actorKind
        self.actorID = actorID
        self.organisationID = organisationID
        self.action = action
        self.objectType = objectType
        self.objectID = objectID
        self.outcome = outcome
    }
}
