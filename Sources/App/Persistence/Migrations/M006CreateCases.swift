import Fluent
import SQLKit

/// The bijstand journey: cases with their timeline, assignments and templates, messages,
/// documents, decisions and the e-mail outbox. Every table carries its organisation.
struct M006CreateCases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema(CaseFile.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("bsn", .string, .required)
            .field("naam", .string, .required)
            .field("zoeknaam", .string, .required)
            .field("referentie", .string, .required)
            .field("status", .string, .required)
            .field("antwoorden", .json, .required)
            .field("ingediend_op", .datetime)
            .field("zoekperiode_tot", .string)
            .field("beslissen_voor", .string)
            .field("behandelaar_id", .uuid)
            .field("behandelaar_naam", .string)
            .field("opdrachten_open", .int, .required)
            .field("opdrachten_te_beoordelen", .int, .required)
            .field("eerstvolgende_deadline", .string)
            .field("aangemaakt_op", .datetime)
            .field("gewijzigd_op", .datetime)
            .unique(on: "organisatie_id", "referentie")
            .create()
        // The work queue filters by organisation first, then by status, case worker or due
        // date, and sorts by the last change; the search goes by BSN, name or reference.
        for (name, columns) in [
            ("zaken_status", ["organisatie_id", "status", "gewijzigd_op"]),
            ("zaken_behandelaar", ["organisatie_id", "behandelaar_id", "gewijzigd_op"]),
            ("zaken_bsn", ["organisatie_id", "bsn"]),
            ("zaken_gewijzigd", ["organisatie_id", "gewijzigd_op"]),
        ] {
            try await columns.reduce(sql.create(index: name).on(CaseFile.schema)) { $0.column($1) }.run()
        }
        // A name search lists by name, the urgency views by deadline, both newest first within
        // that: these indexes hold exactly those orders, so a deep page is a short index walk.
        try await sql.raw("CREATE INDEX zaken_zoeknaam ON zaken (organisatie_id, zoeknaam, gewijzigd_op DESC)").run()
        try await sql.raw("CREATE INDEX zaken_deadline ON zaken (organisatie_id, eerstvolgende_deadline, gewijzigd_op DESC)").run()
        // One open case (a draft or one waiting for a decision) per resident per organisation.
        try await sql.raw("CREATE UNIQUE INDEX zaken_een_open ON zaken (organisatie_id, bsn) WHERE status <> 'besloten'").run()
        // The case clock looks only for running search periods.
        try await sql.raw("CREATE INDEX zaken_zoekperiode ON zaken (zoekperiode_tot) WHERE status = 'zoekperiode'").run()

        try await database.schema(CaseEvent.schema)
            .id()
            .field("zaak_id", .uuid, .required, .references(CaseFile.schema, .id))
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("op", .datetime, .required)
            .field("soort", .string, .required)
            .field("detail", .string)
            .field("door", .string, .required)
            .field("voor_inwoner", .bool, .required)
            .create()
        try await sql.create(index: "zaak_gebeurtenissen_zaak").on(CaseEvent.schema).column("zaak_id").column("op").run()

        try await database.schema(AssignmentTemplate.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("titel", .string, .required)
            .field("instructie", .string, .required)
            .field("bewijs", .string, .required)
            .field("termijn_dagen", .int, .required)
            .field("actief", .bool, .required)
            .field("bij_zoekperiode", .bool, .required)
            .create()

        try await database.schema(CaseDocument.schema)
            .id()
            .field("zaak_id", .uuid, .required, .references(CaseFile.schema, .id))
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("soort", .string, .required)
            .field("bestandsnaam", .string, .required)
            .field("mediatype", .string, .required)
            .field("grootte", .int, .required)
            .field("sha256", .string, .required)
            .field("geupload_door_id", .uuid, .required)
            .field("van_inwoner", .bool, .required)
            .field("geupload_op", .datetime, .required)
            .create()
        try await sql.create(index: "documenten_zaak").on(CaseDocument.schema).column("zaak_id").run()

        try await database.schema(Assignment.schema)
            .id()
            .field("zaak_id", .uuid, .required, .references(CaseFile.schema, .id))
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("titel", .string, .required)
            .field("instructie", .string, .required)
            .field("bewijs", .string, .required)
            .field("deadline", .string, .required)
            .field("status", .string, .required)
            .field("antwoord", .string)
            .field("document_id", .uuid, .references(CaseDocument.schema, .id))
            .field("reactie", .string)
            .field("ingeleverd_op", .datetime)
            .field("herinnerd_op", .datetime)
            .field("aangemaakt_op", .datetime)
            .create()
        try await sql.create(index: "opdrachten_zaak").on(Assignment.schema).column("zaak_id").run()
        // The case clock's reminders: open assignments not yet reminded of, by deadline.
        try await sql.raw("CREATE INDEX opdrachten_herinneren ON opdrachten (deadline) WHERE herinnerd_op IS NULL AND status IN ('open', 'aanvullen')").run()

        try await database.schema(CaseMessage.schema)
            .id()
            .field("zaak_id", .uuid, .required, .references(CaseFile.schema, .id))
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("afzender_id", .uuid, .required)
            .field("van_inwoner", .bool, .required)
            .field("afzender_naam", .string, .required)
            .field("tekst", .string, .required)
            .field("document_id", .uuid, .references(CaseDocument.schema, .id))
            .field("verzonden_op", .datetime, .required)
            .field("gelezen_op", .datetime)
            .create()
        try await sql.create(index: "berichten_zaak").on(CaseMessage.schema).column("zaak_id").column("verzonden_op").run()

        try await database.schema(Decision.schema)
            .id()
            .field("zaak_id", .uuid, .required, .references(CaseFile.schema, .id))
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("soort", .string, .required)
            .field("motivering", .string, .required)
            .field("ingangsdatum", .string)
            .field("bedrag_per_maand_centen", .int64)
            .field("berekend_bedrag_centen", .int64)
            .field("afwijkingsreden", .string)
            .field("berekening_toelichting", .string)
            .field("genomen_door_id", .uuid, .required)
            .field("genomen_door_naam", .string, .required)
            .field("genomen_op", .datetime, .required)
            .unique(on: "zaak_id")
            .create()

        try await database.schema(OutboxMail.schema)
            .id()
            .field("organisatie_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("aan", .string, .required)
            .field("onderwerp", .string, .required)
            .field("tekst", .string, .required)
            .field("aangemaakt_op", .datetime, .required)
            .field("verzonden_op", .datetime)
            .field("pogingen", .int, .required)
            .field("laatste_fout", .string)
            .create()
        try await sql.create(index: "uitgaande_mail_wachtend").on(OutboxMail.schema).column("verzonden_op").column("aangemaakt_op").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [OutboxMail.schema, Decision.schema, CaseMessage.schema, Assignment.schema, CaseDocument.schema,
                       AssignmentTemplate.schema, CaseEvent.schema, CaseFile.schema] {
            try await database.schema(schema).delete()
        }
    }
}
