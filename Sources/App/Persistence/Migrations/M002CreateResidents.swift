import Fluent
import SQLKit

struct M002CreateResidents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Household.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("naam", .string, .required)
            .create()
        try await database.schema(Resident.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("bsn", .string, .required)
            .field("voornamen", .string, .required)
            .field("achternaam", .string, .required)
            .field("zoeknaam", .string, .required)
            .field("geboortedatum", .string, .required)
            .field("postcode", .string, .required)
            .field("huisnummer", .string, .required)
            .field("woonplaats", .string, .required)
            .field("email", .string)
            .field("iban", .string)
            .field("huishouden_id", .uuid, .references(Household.schema, .id))
            .field("rol_in_huishouden", .string)
            .field("aangemaakt_op", .datetime)
            .field("gewijzigd_op", .datetime)
            // One record per person per organisation; the scoped look-up by BSN uses it too.
            .unique(on: "organisatie_id", "bsn")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inwoners_organisatie_zoeknaam")
            .on(Resident.schema).column("organisatie_id").column("zoeknaam").run()
        try await sql.create(index: "inwoners_huishouden")
            .on(Resident.schema).column("huishouden_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Resident.schema).delete()
        try await database.schema(Household.schema).delete()
    }
}
