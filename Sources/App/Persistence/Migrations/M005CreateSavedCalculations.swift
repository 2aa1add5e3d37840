import Fluent
import SQLKit

struct M005CreateSavedCalculations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SavedCalculation.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("bsn", .string, .required)
            .field("peildatum", .string, .required)
            .field("opgeslagen_op", .datetime, .required)
            .field("uitkomsten", .json, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "bewaarde_berekeningen_inwoner")
            .on(SavedCalculation.schema).column("organisatie_id").column("bsn").column("opgeslagen_op").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SavedCalculation.schema).delete()
    }
}
