import Fluent
import SQLKit
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

        /// The resident looks at what is kept about them (their right of access).
        static func ownInspection(by organisationID: UUID) -> Processing {
            .init(activity: "inzage-betrokkene", purpose: "Inzage door de inwoner zelf (AVG art. 15)", organisationID: organisationID)
        }
    }

    func record(
        _ action: String, by actor: Actor, object: (type: String, id: String)? = nil,
        outcome: AuditEntry.Outcome = .toegestaan,
        processing: Processing? = nil, subjects bsns: [String] = [],
        startedAt: Date = Date(), on database: any Database
    ) async throws {
        let now = Date()
        // SQL text with binds: the logs are written on every request that touches personal data,
        // and Fluent's per-model reflection or SQLKit's escaping of each column name cost more
        // than the inserts themselves.
        let sql = database as! any SQLDatabase
        let audit: SQLQueryString = """
            INSERT INTO \(unsafeRaw: AuditEntry.schema) (id, trace_id, op, actor_soort, actor_id, organisatie_id, handeling, \
            object_soort, object_id, uitkomst) VALUES (\(bind: UUID.timeOrdered(at: now)), \(bind: actor.traceID), \(bind: now), \
            \(bind: actor.auditKind), \(bind: actor.id), \(bind: actor.organisationID), \(bind: action), \(bind: object?.type), \
            \(bind: object?.id), \(bind: outcome.rawValue))
            """
        guard let processing, !bsns.isEmpty else { return try await PreparedStatements.run(audit, on: database) }
        let status = outcome == .mislukt ? ProcessingEntry.Status.fout : .ok
        let subjects = Set(bsns).sorted()
        let columns = "id, trace_id, span_id, activiteit, doel, betrokkene_pseudoniem, organisatie_id, gestart_op, beeindigd_op, status"
        if sql.dialect.name == "postgresql" {
            // Both logs in one statement, one round trip: PostgreSQL runs a data-modifying WITH
            // exactly once, whether or not the statement reads from it; both rows land or neither.
            // What differs per resident goes in as three arrays, so the statement has twenty
            // binds and one text whatever the number of residents (a queue page's had 260).
            let entries: SQLQueryString = """
                INSERT INTO \(unsafeRaw: ProcessingEntry.schema) (\(unsafeRaw: columns)) \
                SELECT id, \(bind: actor.traceID)::text, span_id, \(bind: processing.activity)::text, \(bind: processing.purpose)::text, \
                pseudoniem, \(bind: processing.organisationID)::uuid, \(bind: startedAt)::timestamptz, \(bind: now)::timestamptz, \
                \(bind: status.rawValue)::text FROM unnest(\(bind: subjects.map { _ in UUID.timeOrdered(at: now) })::uuid[], \
                \(bind: subjects.map { _ in Self.newSpanID() })::text[], \
                \(bind: subjects.map { pseudonymizer.pseudonym(forBSN: $0) })::text[]) AS rij (id, span_id, pseudoniem)
                """
            try await PreparedStatements.run("WITH audit AS (" + audit + ") " + entries, on: database)
        } else {
            let rows = subjects.map { bsn -> SQLQueryString in
                """
                (\(bind: UUID.timeOrdered(at: now)), \(bind: actor.traceID), \(bind: Self.newSpanID()), \(bind: processing.activity), \
                \(bind: processing.purpose), \(bind: pseudonymizer.pseudonym(forBSN: bsn)), \(bind: processing.organisationID), \
                \(bind: startedAt), \(bind: now), \(bind: status.rawValue))
                """
            }
            try await sql.raw(audit).run()
            try await sql.raw("INSERT INTO \(unsafeRaw: ProcessingEntry.schema) (\(unsafeRaw: columns)) VALUES \(rows.joined(separator: ", "))").run()
        }
    }

    /// Professionals, regisseurs and partner systems work with residents' data; anyone else is
    /// refused, and the refusal is logged under the action it tried.
    func requireWorkingWithResidents(_ action: String, by actor: Actor, object: (type: String, id: String)? = nil,
                                     refusal: LocalizedText, on database: any Database) async throws {
        guard actor.mayWorkWithResidents else {
            try await record(action, by: actor, object: object, outcome: .geweigerd, on: database)
            throw PleinError.forbidden(refusal)
        }
    }

    /// A failed login has no actor yet: it is recorded against the account it tried, if any.
    func recordFailedLogin(traceID: String, user: User?, on database: any Database) async throws {
        let now = Date()
        let entry = AuditEntry(
            traceID: traceID, at: now, actorKind: "anoniem", actorID: nil,
            organisationID: user?.organisationID, action: "inloggen",
            objectType: user == nil ? nil : "gebruiker", objectID: user?.id?.uuidString, outcome: .geweigerd)
        entry.id = .timeOrdered(at: now)
        try await entry.create(on: database)
    }

    /// A W3C trace-context span id: 8 random bytes, hex. One draw from the system's generator
    /// (a system call each), not one per byte: a queue page makes 25 span ids.
    static func newSpanID() -> String {
        withUnsafeBytes(of: UInt64.random(in: 1...UInt64.max)) { Hex.encode($0) }
    }
}
