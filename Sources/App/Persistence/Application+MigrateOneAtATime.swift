import Fluent
import FluentPostgresDriver
import Vapor

extension Application {
    /// `autoMigrate()`, one Plein at a time. A cooperation runs several Plein instances on one
    /// PostgreSQL database; started together (a deployment, a restart after an outage), each
    /// would run the same pending migrations at once, and all but one failed on the tables the
    /// first had just made — or could have seeded rows twice. A session-level advisory lock,
    /// taken on a connection of its own (the migrations need the pool's), makes the others wait;
    /// they then find nothing left to do. Closing that connection releases the lock, also when
    /// Plein dies while migrating. SQLite is one Plein per file and needs no lock.
    func migrateOneAtATime() async throws {
        guard case .postgres(let url, let schema) = plein.settings.database else {
            try await autoMigrate()
            return
        }
        let lock = try await PostgresConnection.connect(
            on: eventLoopGroup.any(), configuration: try SQLPostgresConfiguration(url: url).coreConfiguration,
            id: 0, logger: logger)
        do {
            // One lock per schema: tests run side by side, each in a schema of its own.
            let key = "plein-migraties:" + (schema ?? "public")
            _ = try await lock.query("SELECT pg_advisory_lock(hashtext(\(key)))", logger: logger).collect()
            try await autoMigrate()
        } catch {
            try? await lock.close()
            // The driver's own description hides the cause ("Generic description…"); this is
            // the operator's only view of it.
            logger.error("Migreren is mislukt: \(String(reflecting: error))")
            throw error
        }
        try await lock.close()
    }
}
