import Fluent
import SQLKit
import Foundation
import Vapor

/// Entry points for the executable: run the server, or only migrate.
public enum PleinServer {
    public static func serve(hostname: String, port: Int) async throws {
        let app = try await makeApplication(arguments: ["plein", "serve", "--hostname", hostname, "--port", String(port)])
        do {
            try await app.migrateOneAtATime()
            let settings = app.plein.settings
            try await seedDemo(app)
            app.lifecycle.use(RepeatingJob.caseClock)
            app.lifecycle.use(RepeatingJob.webhooks)
            app.lifecycle.use(RepeatingJob.mail)
            app.lifecycle.use(RepeatingJob.housekeeping)
            print("""

                Plein draait op http://\(hostname):\(port)
                \(settings.demoMode
                    ? "Demo: kies op http://\(hostname):\(port)/inloggen een demo-account, of log in met bijvoorbeeld petra@gemeente-voorbeeld.nl / \(DemoSeeder.password)."
                    : "Maak accounts aan met de API of de beheerpagina's.")
                Stoppen: Ctrl+C.

                """)
            try await app.execute()
        } catch {
            try? await stop(app)
            throw error
        }
        try await stop(app)
    }

    /// Stops serving first, then shuts down the rest. Vapor's own shutdown closes the HTTP
    /// server and the databases in no fixed order (both are entries of its storage), so a
    /// request still in flight could find its database gone and crash Plein. The server's
    /// shutdown accepts no new requests and lets those in flight finish (up to its shutdown
    /// timeout).
    static func stop(_ app: Application) async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    public static func migrate() async throws {
        let app = try await makeApplication(arguments: ["plein"])
        do {
            try await app.migrateOneAtATime()
            print("De database is bijgewerkt.")
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Fills PostgreSQL with a synthetic caseload for the benchmark (see bench/caseload.sh).
    public static func generateCases(cases: Int, residents: Int) async throws {
        try await withApplication { app in
            let started = Date()
            do {
                try await CaseGenerator(database: app.db as! any SQLDatabase).run(cases: cases, residents: residents) { print($0) }
            } catch {
                // The database driver hides its details by default; this is an operator's command.
                print(String(reflecting: error))
                throw error
            }
            print("Klaar in \(Int(Date().timeIntervalSince(started))) s.")
        }
    }

    /// Runs an operator's command against a migrated database (seeded in demo mode), then shuts down.
    static func withApplication<T: Sendable>(_ body: (Application) async throws -> T) async throws -> T {
        let app = try await makeApplication(arguments: ["plein"])
        do {
            try await app.migrateOneAtATime()
            try await seedDemo(app)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    private static func seedDemo(_ app: Application) async throws {
        try await app.seedDemoOneAtATime { try Bcrypt.hash(DemoSeeder.password, cost: app.plein.settings.bcryptCost) }
    }

    private static func makeApplication(arguments: [String]) async throws -> Application {
        var environment = try Environment.detect(arguments: arguments)
        try LoggingSystem.bootstrap(from: &environment)
        let settings = try Settings.fromEnvironment(ProcessInfo.processInfo.environment)
        if case .postgres = settings.database, settings.demoMode {
            print("Let op: demodata op PostgreSQL, omdat PLEIN_DEMO=ja is gezet.")
        }
        let app = try await Application.make(environment)
        try await configure(app, settings: settings)
        return app
    }
}
