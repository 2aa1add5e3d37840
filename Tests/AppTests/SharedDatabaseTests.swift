@testable import App
import Fluent
import Foundation
import SQLKit
import Synchronization
import Testing
import Vapor

private let postgresURL = ProcessInfo.processInfo.environment["PLEIN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }

/// Several Plein instances on one PostgreSQL database, as a cooperation runs them: what only one
/// may do at a time (`AdvisoryLock`). PostgreSQL only: on SQLite one Plein has the file.
@Suite("Several instances on one database", .enabled(if: postgresURL != nil, "PostgreSQL only"))
struct SharedDatabaseTests {
    @Test("Instances that start together migrate one at a time")
    func startingTogether() async throws {
        try await withInstances(3, migrated: false) { instances, sql in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for app in instances { group.addTask { try await app.migrateOneAtATime() } }
                try await group.waitForAll()
            }
            let recorded = try await sql.raw("SELECT COUNT(*) AS n, COUNT(DISTINCT name) AS namen FROM _fluent_migrations").first()
            #expect(try recorded?.decode(column: "n", as: Int.self) == Migrations.all.count, "every migration ran once")
            #expect(try recorded?.decode(column: "namen", as: Int.self) == Migrations.all.count)
        }
    }

    @Test("Instances that start together in demo mode seed the demo municipality once")
    func seedingTogether() async throws {
        try await withInstances(3, migrated: true) { instances, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for app in instances {
                    group.addTask {
                        // As slow as bcrypt at the production cost: the time in which another
                        // instance would find the database still without organisations.
                        try await app.seedDemoOneAtATime {
                            Thread.sleep(forTimeInterval: 0.3)
                            return TestFixtures.demoPasswordHash
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await Organisation.query(on: instances[0].db).count() == 5)
            #expect(try await Organisation.query(on: instances[0].db).filter(\.$name == "Gemeente Voorbeeld").count() == 1)
        }
    }

    @Test("A repeating job runs its round in one instance at a time")
    func repeatingJobs() async throws {
        try await withInstances(2, migrated: true) { instances, _ in
            let rounds = Mutex((running: 0, most: 0, done: 0))
            let jobs = instances.map { _ in
                RepeatingJob(name: "test", initialDelay: .zero, interval: .milliseconds(1)) { _ in
                    rounds.withLock { $0.running += 1; $0.most = max($0.most, $0.running) }
                    try await Task.sleep(for: .milliseconds(100))
                    rounds.withLock { $0.running -= 1; $0.done += 1 }
                    return nil
                }
            }
            for (job, app) in zip(jobs, instances) { try job.didBoot(app) }
            while rounds.withLock({ $0.done }) < 3 { try await Task.sleep(for: .milliseconds(20)) }
            for (job, app) in zip(jobs, instances) { await job.shutdownAsync(app) }
            #expect(rounds.withLock { $0.most } == 1, "two instances ran a round at the same time")
        }
    }

    @Test("A message sent through one instance reaches the live conversations of another")
    func liveMessages() async throws {
        try await withInstances(2, migrated: true) { instances, sql in
            let (sender, receiver) = (instances[0], instances[1])
            _ = try await DemoSeeder.seedIfEmpty(sender.db, passwordHash: TestFixtures.demoPasswordHash)
            let lisa = Browser(sender)
            let caseID = try await applyAsLisa(lisa, upload: false)
            // The receiver's own conversations, as its WebSockets would get them.
            let received = LiveMessageRecorder()
            guard case .postgres(let url, let schema) = receiver.plein.settings.database else { return }
            let relay = try PostgresMessageRelay(url: url, schema: schema, local: received)
            try relay.didBoot(receiver)
            // LISTEN starts on a connection of the relay's own; a notification sent before it
            // is lost (by design). Wait until the server shows that connection listening: a
            // fixed pause was too short when the whole suite runs at once.
            let listen = "LISTEN \"\(relay.channel)\";"
            try await waitFor("the relay's LISTEN") {
                try await sql.raw("SELECT 1 AS n FROM pg_stat_activity WHERE state = 'idle' AND query = \(bind: listen)").first() != nil
            }

            let sent = try await lisa.postMultipart("/zaken/\(caseID.uuidString)/berichten", form: ["bericht": "Is mijn aanvraag binnen?"])
            #expect(sent.status == .seeOther)
            try await waitFor("the message to arrive") { await !received.messages.isEmpty }
            await relay.shutdownAsync(receiver)

            let message = try #require(await received.messages.first)
            #expect(message.caseID == caseID)
            #expect(message.text == "Is mijn aanvraag binnen?")
            #expect(message.fromResident)
        }
    }

    /// `count` Plein instances configured on one fresh schema, dropped afterwards.
    private func withInstances(_ count: Int, migrated: Bool,
                               _ test: ([Application], any SQLDatabase) async throws -> Void) async throws {
        let url = try #require(postgresURL)
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        var instances: [Application] = []
        for _ in 0..<count {
            let app = try await Application.make(.testing)
            app.logger.logLevel = .critical
            try await configure(app, settings: .testing(database: .postgres(url: url, schema: schema)))
            instances.append(app)
        }
        let sql = instances[0].db as! any SQLDatabase
        try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
        do {
            if migrated { try await instances[0].autoMigrate() }
            try await test(instances, sql)
        } catch is ExpectationFailedError {
            // A failed #require: already recorded.
        } catch {
            // PostgresNIO's errors describe themselves only when reflected.
            Issue.record(error, "\(String(reflecting: error))")
        }
        try await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
        for app in instances { try await app.asyncShutdown() }
    }

    /// Polls `condition` until it holds, for at most ten seconds under a loaded test run.
    private func waitFor(_ what: Comment, _ condition: () async throws -> Bool) async throws {
        for _ in 0..<500 {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("Waited ten seconds for \(what)")
    }
}

/// A `MessageBroadcaster` that keeps what it is given.
private actor LiveMessageRecorder: MessageBroadcaster {
    private(set) var messages: [LiveMessage] = []

    func publish(_ message: LiveMessage, via database: any Database) async { messages.append(message) }
}
