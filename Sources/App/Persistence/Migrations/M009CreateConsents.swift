import Fluent
import SQLKit

/// Consent per organisation, data category and purpose (issue 4 §4).
struct M009CreateConsents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Consent.schema)
            .id()
            .field("bron_organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("bsn", .string, .required)
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("categorie", .string, .required)
            .field("verleend_op", .datetime, .required)
            .field("ingetrokken_op", .datetime)
            .create()
        // Every cross-organisation read asks this index; at most one active consent per triple.
        try await (database as! any SQLDatabase).raw("""
            CREATE UNIQUE INDEX toestemmingen_actief ON toestemmingen (bsn, organisatie_id, categorie) WHERE ingetrokken_op IS NULL
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Consent.schema).delete()
    }
}
