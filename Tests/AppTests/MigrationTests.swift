@testable import App
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@Suite("Migrations")
struct MigrationTests {
    static let postgresURL = ProcessInfo.processInfo.environment["PLEIN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }

    @Test("Plein instances that start together on one database migrate one at a time",
          .enabled(if: postgresURL != nil, "PostgreSQL only: on SQLite one Plein has the file"))
    func startingTogether() async throws {
        let url = try #require(Self.postgresURL)
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        var instances: [Application] = []
        for _ in 0..<3 {
            let app = try await Application.make(.testing)
            app.logger.logLevel = .critical
            try await configure(app, settings: .testing(database: .postgres(url: url, schema: schema)))
            instances.append(app)
        }
        let sql = instances[0].db as! any SQLDatabase
        try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for app in instances { group.addTask { try await app.migrateOneAtATime() } }
                try await group.waitForAll()
            }
            let migrations = Migrations.all.count
            let recorded = try await sql.raw("SELECT COUNT(*) AS n, COUNT(DISTINCT name) AS namen FROM _fluent_migrations").first()
            #expect(try recorded?.decode(column: "n", as: Int.self) == migrations, "every migration ran once")
            #expect(try recorded?.decode(column: "namen", as: Int.self) == migrations)
        } catch {
            Issue.record(error)
        }
        try await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
        for app in instances { try await app.asyncShutdown() }
    }
}
