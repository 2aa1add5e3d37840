import Fluent
import SQLKit

/// The work queue without drafts (which are the resident's alone), by last change. The queue's
/// capped count walks up to 1,001 cases on every view; on the index by last change it had to
/// read each case to leave the drafts out (about 2.5 ms of PostgreSQL on a million cases). This
/// index holds no drafts, so the count reads the index alone (0.2 ms, once the table's
/// visibility map is set, which autovacuum keeps).
struct M015IndexWorkQueue: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("""
            CREATE INDEX zaken_werkvoorraad ON \(unsafeRaw: CaseFile.schema) (organisatie_id, gewijzigd_op) \
            WHERE status <> '\(unsafeRaw: CaseFile.Status.concept.rawValue)'
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX zaken_werkvoorraad").run()
    }
}
