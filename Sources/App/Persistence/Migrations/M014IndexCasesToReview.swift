import Fluent
import SQLKit

/// The work queue's "wacht op beoordeling" view: the cases with handed-in assignments, newest
/// change first. Without its own index the view walked the whole queue by last change until it
/// had found enough of them (19 ms of PostgreSQL for the capped count alone on a million cases,
/// where a few per cent wait for review); a partial index holds only those cases.
struct M014IndexCasesToReview: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("""
            CREATE INDEX zaken_te_beoordelen ON \(unsafeRaw: CaseFile.schema) (organisatie_id, gewijzigd_op) \
            WHERE opdrachten_te_beoordelen > 0
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX zaken_te_beoordelen").run()
    }
}
