import Fluent
import SQLKit

struct M003CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("rol", .string, .required)
            .field("weergavenaam", .string, .required)
            .field("inlognaam", .string, .required)
            .field("wachtwoord_hash", .string)
            .field("bsn", .string)
            .field("aangemaakt_op", .datetime)
            .unique(on: "inlognaam")
            .create()
        try await database.schema(UserSession.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("gebruiker_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("aangemaakt_op", .datetime, .required)
            .field("laatst_actief_op", .datetime, .required)
            .field("verloopt_op", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema(LoginFailure.schema)
            .id()
            .field("sleutel", .string, .required)
            .field("op", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "mislukte_inlogpogingen_sleutel_op")
            .on(LoginFailure.schema).column("sleutel").column("op").run()
        try await database.schema(APIClient.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("naam", .string, .required)
            .field("token_hash", .string, .required)
            .field("aangemaakt_op", .datetime)
            .field("ingetrokken_op", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [APIClient.schema, LoginFailure.schema, UserSession.schema, User.schema] {
            try await database.schema(schema).delete()
        }
    }
}
