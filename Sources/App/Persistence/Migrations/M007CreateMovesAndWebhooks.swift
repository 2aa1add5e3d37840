import Fluent
import SQLKit

/// Reporting a move once, and telling organisations' systems through signed webhooks.
struct M007CreateMovesAndWebhooks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema(MoveReport.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("bsn", .string, .required)
            .field("postcode", .string, .required)
            .field("huisnummer", .string, .required)
            .field("woonplaats", .string, .required)
            .field("verhuisdatum", .string, .required)
            .field("gemeld_op", .datetime, .required)
            .field("doorgegeven_aan", .json, .required)
            .create()
        try await sql.create(index: "verhuizingen_inwoner").on(MoveReport.schema).column("organisatie_id").column("bsn").run()
        try await database.schema(WebhookSubscription.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("url", .string, .required)
            .field("geheim_versleuteld", .data, .required)
            .field("gebeurtenis", .string, .required)
            .field("actief", .bool, .required)
            .field("aangemaakt_op", .datetime)
            .create()
        try await sql.create(index: "webhook_abonnementen_organisatie").on(WebhookSubscription.schema)
            .column("organisatie_id").column("gebeurtenis").run()
        try await database.schema(WebhookDelivery.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("abonnement_id", .uuid, .required, .references(WebhookSubscription.schema, .id))
            .field("gebeurtenis", .string, .required)
            .field("inhoud", .string, .required)
            .field("status", .string, .required)
            .field("pogingen", .int, .required)
            .field("volgende_poging_op", .datetime, .required)
            .field("laatste_resultaat", .string)
            .field("geleverd_op", .datetime)
            .field("aangemaakt_op", .datetime)
            .create()
        try await sql.create(index: "webhook_leveringen_wachtend").on(WebhookDelivery.schema)
            .column("status").column("volgende_poging_op").run()
        try await sql.create(index: "webhook_leveringen_organisatie").on(WebhookDelivery.schema)
            .column("organisatie_id").column("aangemaakt_op").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [WebhookDelivery.schema, WebhookSubscription.schema, MoveReport.schema] {
            try await database.schema(schema).delete()
        }
    }
}
