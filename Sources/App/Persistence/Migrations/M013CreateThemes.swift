import Fluent
import SQLKit

/// Themes, their content pages and plan templates per municipality (issue 4 §2, §6).
struct M013CreateThemes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema(MunicipalitySettings.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("themas", .string, .required)
            .field("regelingen", .string)
            .field("gewijzigd_op", .datetime)
            .unique(on: "organisatie_id")
            .create()
        try await database.schema(ThemePage.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("thema", .string, .required)
            .field("taal", .string, .required)
            .field("titel", .string, .required)
            .field("inhoud", .string, .required)
            .field("gewijzigd_op", .datetime)
            .unique(on: "organisatie_id", "thema", "taal")
            .create()
        try await database.schema(PlanTemplate.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("thema", .string, .required)
            .field("naam", .string, .required)
            .field("doelen", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX plan_sjablonen_organisatie ON plan_sjablonen (organisatie_id, thema)").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [PlanTemplate.schema, ThemePage.schema, MunicipalitySettings.schema] {
            try await database.schema(schema).delete()
        }
    }
}
