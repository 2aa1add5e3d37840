import Fluent
import SQLKit

/// The audit log and the processing log. Both are append-only: the application has no code
/// path that changes or deletes them, and a trigger refuses it in the database as well, so a
/// bug or a hand-typed query cannot rewrite history either.
struct M004CreateLogs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("trace_id", .string, .required)
            .field("op", .datetime, .required)
            .field("actor_soort", .string, .required)
            .field("actor_id", .uuid)
            .field("organisatie_id", .uuid)
            .field("handeling", .string, .required)
            .field("object_soort", .string)
            .field("object_id", .string)
            .field("uitkomst", .string, .required)
            .create()
        try await database.schema(ProcessingEntry.schema)
            .id()
            .field("trace_id", .string, .required)
            .field("span_id", .string, .required)
            .field("activiteit", .string, .required)
            .field("doel", .string, .required)
            .field("betrokkene_pseudoniem", .string, .required)
            .field("organisatie_id", .uuid, .required)
            .field("gestart_op", .datetime, .required)
            .field("beeindigd_op", .datetime, .required)
            .field("status", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "auditlog_trace").on(AuditEntry.schema).column("trace_id").run()
        try await sql.create(index: "verwerkingslog_betrokkene")
            .on(ProcessingEntry.schema).column("betrokkene_pseudoniem").column("gestart_op").run()
        for table in [AuditEntry.schema, ProcessingEntry.schema] {
            try await AppendOnly.protect(table: table, on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for table in [AuditEntry.schema, ProcessingEntry.schema] {
            try await AppendOnly.unprotect(table: table, on: sql)
            try await database.schema(table).delete()
        }
    }
}
