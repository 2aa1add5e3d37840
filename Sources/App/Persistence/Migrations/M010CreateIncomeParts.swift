import Fluent
import SQLKit

/// Income parts for Mijn Plein (issue 4 §1).
struct M010CreateIncomeParts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IncomePart.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("bsn", .string, .required)
            .field("soort", .string, .required)
            .field("betaler", .string, .required)
            .field("bedrag_centen", .int64, .required)
            .field("frequentie", .string, .required)
            .field("eerste_betaaldatum", .string, .required)
            .field("laatste_betaaldatum", .string)
            .field("door_inwoner", .bool, .required)
            .field("aangemaakt_op", .datetime)
            .field("beeindigd_op", .datetime)
            .create()
        // The resident's overview reads all parts of one BSN; a payer lists its own.
        try await (database as! any SQLDatabase).raw("CREATE INDEX inkomsten_bsn ON inkomsten (bsn) WHERE beeindigd_op IS NULL").run()
        try await (database as! any SQLDatabase).raw("CREATE INDEX inkomsten_organisatie ON inkomsten (organisatie_id, bsn) WHERE beeindigd_op IS NULL").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IncomePart.schema).delete()
    }
}
