import Fluent
import Foundation

/// Writes the audit log (who did what) and the processing log (whose data was processed,
/// by which organisation, for what purpose), linked by the actor's trace id. Pass the
/// transaction's database when the action writes, so the logs and the change land together.
struct AuditRecorder: Sendable {
    let pseudonymizer: Pseudonymizer

    /// What the processing was, as registered in the register of processing activities.
    struct Processing: Sendable {
        let activity: String
        let purpose: String
        let organisationID: UUID
    }

    func record(
        _ action: String, by actor: Actor, object: (type: String, id: String)? = nil,
        outcome: AuditEntry.Outcome = .toegestaan,
        processing: Processing? = nil, subjects bsns: [String] = [],
        startedAt: Date = Date(), on database: any Database
    ) async throws {
        let now = Date()
        try await AuditEntry(
            traceID: actor.traceID, at: now, actorKind: actor.auditKind, actorID: actor.id,
            organisationID: actor.organisationID, action: action,
            objectType: object?.type, objectID: object?.id, outcome: outcome
        ).create(on: database)
        guard let processing, !bsns.isEmpty else { return }
        let entries = Set(bsns).sorted().map { bsn in
            ProcessingEntry(
                traceID: actor.traceID, spanID: Self.newSpanID(), activity: processing.activity,
                purpose: processing.purpose, subjectPseudonym: pseudonymizer.pseudonym(forBSN: bsn),
                organisationID: processing.organisationID, startedAt: startedAt, endedAt: now,
                status: outcome == .mislukt ? .fout : .ok)
        }
        try await entries.create(on: database)
    }

    /// A failed login has no actor yet: it is recorded against the account it tried, if any.
    func recordFailedLogin(traceID: String, user: User?, on database: any Database) async throws {
        try await AuditEntry(
            traceID: traceID, at: Date(), actorKind: "anoniem", actorID: nil,
            organisationID: user?.organisationID, action: "inloggen",
            objectType: user == nil ? nil : "gebruiker", objectID: user?.id?.uuidString, outcome: .geweigerd
        ).create(on: database)
    }

    /// A W3C trace-context span id: 8 random bytes, hex.
    static func newSpanID() -> String {
        (0..<8).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }
}
