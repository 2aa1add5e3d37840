import Fluent
import SQLKit

struct M001CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Organisation.schema)
            .id()
            .field("naam", .string, .required)
            .field("soort", .string, .required)
            .field("aangemaakt_op", .datetime)
            .create()
        try await database.schema(Area.schema)
            .id()
            .field("gemeente_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("naam", .string, .required)
            .field("postcode_van", .int, .required)
            .field("postcode_tot_en_met", .int, .required)
            .field("bediend_door_id", .uuid, .references(Organisation.schema, .id))
            .create()
        try await (database as! any SQLDatabase).create(index: "gebieden_gemeente_postcode")
            .on(Area.schema).column("gemeente_id").column("postcode_van").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Area.schema).delete()
        try await database.schema(Organisation.schema).delete()
    }
}
