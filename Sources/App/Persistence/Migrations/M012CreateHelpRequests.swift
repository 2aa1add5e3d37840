import Fluent
import SQLKit

/// Help requests routed to the wijk's team by postcode (issue 4 §5).
struct M012CreateHelpRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(HelpRequest.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("gemeente_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("gebied_id", .uuid, .references(Area.schema, .id))
            .field("bsn", .string, .required)
            .field("naam", .string, .required)
            .field("thema", .string, .required)
            .field("vraag", .string, .required)
            .field("contact", .string, .required)
            .field("status", .string, .required)
            .field("intake_op", .string)
            .field("intake_plaats", .string)
            .field("aangemaakt_op", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX hulpvragen_organisatie ON hulpvragen (organisatie_id, status, aangemaakt_op)").run()
        try await sql.raw("CREATE INDEX hulpvragen_bsn ON hulpvragen (bsn)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HelpRequest.schema).delete()
    }
}
