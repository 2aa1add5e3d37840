import FluentPostgresDriver
import Vapor

/// Work that only one Plein instance may do at a time when several share a PostgreSQL database
/// (a cooperation runs more than one behind a load balancer): migrating — two instances running
/// the same migrations at once made one fail — seeding the demo data (two instances both found
/// the database empty), and the rounds of the repeating jobs, which would otherwise send the
/// same e-mail, reminder or webhook twice. A session-level advisory
/// lock, named per schema, on a connection of its own: the work itself needs the pool's
/// connections, and closing this one releases the lock, also when Plein dies. On SQLite one
/// Plein has the file, and the work just runs.
enum AdvisoryLock {
    /// Setting up the database: migrating, then in demo mode seeding.
    static let migrations = "migraties"

    /// Runs `work` holding the lock `name`: after waiting for it, or — not `waiting` — not at
    /// all (nil) while another instance holds it.
    static func run<T>(_ name: String, in app: Application, waiting: Bool,
                       _ work: () async throws -> T) async throws -> T? {
        guard case .postgres(let url, let schema) = app.plein.settings.database else { return try await work() }
        let connection = try await PostgresConnection.connect(
            on: app.eventLoopGroup.any(), configuration: try SQLPostgresConfiguration(url: url).coreConfiguration,
            id: 0, logger: app.logger)
        do {
            let key = "plein:" + (schema ?? "public") + ":" + name
            let acquired: Bool
            if waiting {
                _ = try await connection.query("SELECT pg_advisory_lock(hashtext(\(key)))", logger: app.logger).collect()
                acquired = true
            } else {
                acquired = try await connection.query("SELECT pg_try_advisory_lock(hashtext(\(key)))", logger: app.logger)
                    .collect().first?.decode(Bool.self) ?? false
            }
            let result = acquired ? try await work() : nil
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
