@testable import App
import Fluent
import Foundation
import SQLKit
import Testing

@Suite("The App's SQL text as prepared statements")
struct PreparedStatementsTests {
    @Test("The same text runs again with other binds, an absent value among them, and gives its rows")
    func runsAgain() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            let actor = try await browser.actor(app)
            for (index, actorID) in [actor.id, nil, actor.id].enumerated() {
                try await PreparedStatements.run("""
                    INSERT INTO auditlog (id, trace_id, op, actor_soort, actor_id, organisatie_id, handeling, uitkomst) \
                    VALUES (\(bind: UUID.timeOrdered()), \(bind: "trace-\(index)"), \(bind: Date()), \(bind: "gebruiker"), \
                    \(bind: actorID), \(bind: actor.organisationID), \(bind: "test-voorbereid"), \(bind: "toegestaan"))
                    """, on: app.db)
            }
            let rows = try await PreparedStatements.rows(
                "SELECT trace_id FROM auditlog WHERE handeling = \(bind: "test-voorbereid") AND actor_id IS NOT DISTINCT FROM \(bind: actor.id) ORDER BY trace_id",
                on: app.db)
            #expect(try rows.map { try $0.decode(column: "trace_id", as: String.self) } == ["trace-0", "trace-2"])
        }
    }

    @Test("A statement first met in a failed transaction still works afterwards")
    func afterFailedTransaction() async throws {
        try await withPlein { app in
            // A text no other test uses, so this connection meets it first inside the failed transaction.
            let text: SQLQueryString = "SELECT COUNT(*) AS n FROM organisaties WHERE naam <> \(bind: "na een mislukte transactie")"
            try? await app.db.transaction { transaction in
                _ = try? await (transaction as! any SQLDatabase).raw("SELECT 1 / 0").all()
                _ = try await PreparedStatements.rows(text, on: transaction)
            }
            for _ in 0..<5 {
                let rows = try await PreparedStatements.rows(text, on: app.db)
                #expect(try rows.first?.decode(column: "n", as: Int.self) == 5)
            }
        }
    }
}
