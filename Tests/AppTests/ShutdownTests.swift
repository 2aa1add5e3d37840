@testable import App
import Fluent
import NIOCore
import SQLKit
import Synchronization
import Testing
import Vapor

/// Stopping Plein while it works: nothing may still need the database once it is closed
/// (that crashed Plein when it was stopped under load).
@Suite("Shutdown")
struct ShutdownTests {
    @Test("Stopping Plein lets a request in flight finish, with its database, before shutting down")
    func requestInFlight() async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        try await configure(app, settings: .testing(database: .sqliteInMemory))
        try await app.autoMigrate()
        let arrived = Mutex(false)
        // Still working when the stop comes, and then it needs the database.
        app.get("test-traag") { request async throws -> String in
            arrived.withLock { $0 = true }
            try await Task.sleep(for: .milliseconds(300))
            let row = try await (request.db as! any SQLDatabase).raw("SELECT 1 AS een").first()
            return String(try row?.decode(column: "een", as: Int.self) ?? 0)
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = try #require(app.http.server.shared.localAddress?.port)
        let response = Task { try await HTTPClient.shared.get(url: "http://127.0.0.1:\(port)/test-traag").get() }
        while !arrived.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }

        try await PleinServer.stop(app)

        let answer = try await response.value
        #expect(answer.status == .ok)
        #expect(answer.body.map { String(buffer: $0) } == "1")
    }

    @Test("Shutting down waits for a repeating job's round in progress, and starts no new one")
    func repeatingJob() async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        try await configure(app, settings: .testing(database: .sqliteInMemory))
        let rounds = Mutex((started: 0, finished: 0))
        let job = RepeatingJob(name: "test", initialDelay: .zero, interval: .milliseconds(1)) { _ in
            rounds.withLock { $0.started += 1 }
            try await Task.sleep(for: .milliseconds(200))
            rounds.withLock { $0.finished += 1 }
            return nil
        }
        app.lifecycle.use(job)
        try job.didBoot(app)
        while rounds.withLock({ $0.started }) == 0 { try await Task.sleep(for: .milliseconds(5)) }

        try await app.asyncShutdown()

        let afterShutdown = rounds.withLock { $0 }
        #expect(afterShutdown.started == afterShutdown.finished, "a round was still running after shutdown")
        try await Task.sleep(for: .milliseconds(50))
        #expect(rounds.withLock { $0.started } == afterShutdown.started, "a round started after shutdown")
    }
}
