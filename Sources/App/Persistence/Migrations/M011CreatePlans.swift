import Fluent
import SQLKit

/// One household, one plan, one regisseur (issue 4 §2).
struct M011CreatePlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema(Plan.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("bsn", .string, .required)
            .field("huishouden_id", .uuid, .references(Household.schema, .id))
            .field("titel", .string, .required)
            .field("regisseur_id", .uuid, .required, .references(User.schema, .id))
            .field("regisseur_naam", .string, .required)
            .field("regisseur_contact", .string, .required)
            .field("aangemaakt_op", .datetime)
            .field("gewijzigd_op", .datetime)
            .create()
        // One plan per resident, whichever organisation makes it.
        try await sql.raw("CREATE UNIQUE INDEX plannen_een_per_inwoner ON plannen (bsn)").run()
        try await sql.raw("CREATE INDEX plannen_organisatie ON plannen (organisatie_id, gewijzigd_op)").run()
        try await database.schema(PlanGoal.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(Plan.schema, .id))
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("omschrijving", .string, .required)
            .field("aangemaakt_op", .datetime)
            .create()
        try await sql.raw("CREATE INDEX plan_doelen_plan ON plan_doelen (plan_id)").run()
        try await database.schema(PlanAction.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(Plan.schema, .id))
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("doel_id", .uuid, .references(PlanGoal.schema, .id))
            .field("omschrijving", .string, .required)
            .field("uitvoerder_soort", .string, .required)
            .field("uitvoerder_organisatie_id", .uuid, .references(Organisation.schema, .id))
            .field("uitvoerder_gebruiker_id", .uuid, .references(User.schema, .id))
            .field("uitvoerder_naam", .string, .required)
            .field("status", .string, .required)
            .field("deadline", .string)
            .field("aangemaakt_op", .datetime)
            .field("gewijzigd_op", .datetime)
            .create()
        try await sql.raw("CREATE INDEX plan_acties_plan ON plan_acties (plan_id)").run()
        // Another organisation finds the plans it has actions in.
        try await sql.raw("CREATE INDEX plan_acties_uitvoerder ON plan_acties (uitvoerder_organisatie_id)").run()
        try await database.schema(PlanComment.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(Plan.schema, .id))
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("auteur_naam", .string, .required)
            .field("van_inwoner", .bool, .required)
            .field("tekst", .string, .required)
            .field("geplaatst_op", .datetime)
            .create()
        try await sql.raw("CREATE INDEX plan_reacties_plan ON plan_reacties (plan_id)").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [PlanComment.schema, PlanAction.schema, PlanGoal.schema, Plan.schema] {
            try await database.schema(schema).delete()
        }
    }
}
