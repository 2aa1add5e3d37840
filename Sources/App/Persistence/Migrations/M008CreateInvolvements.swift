import Fluent
import SQLKit

/// Who is involved with a resident (the verwijsindex of issue 4).
struct M008CreateInvolvements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema(Involvement.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("bsn", .string, .required)
            .field("contactpersoon", .string, .required)
            .field("contact", .string, .required)
            .field("sinds", .string, .required)
            .field("beeindigd_op", .datetime)
            .field("aangemaakt_op", .datetime)
            .create()
        // Matching goes by BSN across organisations; an organisation is involved once at a time.
        try await sql.raw("CREATE INDEX betrokkenheden_bsn ON betrokkenheden (bsn) WHERE beeindigd_op IS NULL").run()
        try await sql.raw("CREATE UNIQUE INDEX betrokkenheden_een_actief ON betrokkenheden (organisatie_id, bsn) WHERE beeindigd_op IS NULL").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Involvement.schema).delete()
    }
}
