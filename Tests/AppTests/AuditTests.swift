@testable import App
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Audit and processing logs")
struct AuditTests {
    @Test("Viewing a resident writes an audit entry and a pseudonymised processing entry, linked by trace id")
    func viewIsLogged() async throws {
        try await withPlein { app in
            let lisa = try await app.resident(named: "Lisa")
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            let response = try await browser.get("/inwoners/\(lisa.id!.uuidString)",
                                                 headers: ["traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"])
            #expect(response.status == .ok)
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "inwoner-inzien").first())
            #expect(audit.traceID == "4bf92f3577b34da6a3ce929d0e0e4736")
            #expect(audit.outcome == .toegestaan)
            let processing = try #require(try await ProcessingEntry.query(on: app.db).filter(\.$traceID == audit.traceID).first())
            #expect(processing.subjectPseudonym == app.plein.audit.pseudonymizer.pseudonym(forBSN: lisa.bsn))
            #expect(processing.subjectPseudonym != lisa.bsn)
            #expect(processing.subjectPseudonym.count == 64)
            #expect(processing.organisationID == lisa.organisationID)
            // Both logs' keys are in time order (version 7), so their indexes grow at the end.
            #expect(audit.id?.uuidString.dropFirst(14).first == "7")
            #expect(processing.id?.uuidString.dropFirst(14).first == "7")
        }
    }

    @Test("Time-ordered ids: version 7, the variant bits, the time in milliseconds first, sorting by time")
    func timeOrderedIDs() {
        let moment = Date(timeIntervalSince1970: 1_795_000_000.123)
        let id = UUID.timeOrdered(at: moment)
        let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
        #expect(bytes[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) } == 1_795_000_000_123)
        #expect(bytes[6] >> 4 == 7)
        #expect(bytes[8] >> 6 == 0b10)
        let later = UUID.timeOrdered(at: moment.addingTimeInterval(0.002))
        #expect(id.uuidString < later.uuidString)
        #expect(id != UUID.timeOrdered(at: moment))
    }

    @Test("A list writes one processing entry per resident shown")
    func listIsLoggedPerSubject() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.fatima)
            try await browser.get("/inwoners")
            let entries = try await ProcessingEntry.query(on: app.db).filter(\.$activity == "inwoner-behandelen").all()
            #expect(entries.count == 2)
            // Each resident's entry is its own span, with its own pseudonym, in the request's trace.
            #expect(Set(entries.map(\.spanID)).count == 2)
            #expect(entries.allSatisfy { $0.spanID.count == 16 && $0.spanID.allSatisfy(\.isHexDigit) })
            #expect(Set(entries.map(\.subjectPseudonym)).count == 2)
            #expect(Set(entries.map(\.traceID)).count == 1)
        }
    }

    @Test("The resident sees on Mijn gegevens which organisation used their data and why")
    func residentSeesHistory() async throws {
        try await withPlein { app in
            let lisa = try await app.resident(named: "Lisa")
            let professional = Browser(app)
            try await professional.login(TestFixtures.petra)
            try await professional.get("/inwoners/\(lisa.id!.uuidString)")

            let resident = Browser(app)
            try await resident.login(TestFixtures.lisa)
            let page = try await resident.get("/mijn-gegevens")
            #expect(page.body.string.contains("Wie heeft uw gegevens gebruikt?"))
            #expect(page.body.string.contains("Uw gegevens bekeken of gewijzigd voor uw dienstverlening"))
            #expect(page.body.string.contains("Uitvoering dienstverlening sociaal domein"))
            #expect(page.body.string.contains("<td>Gemeente Voorbeeld</td>"))
            #expect(page.headers.first(name: .cacheControl) == "no-store")

            // Anna's page does not show Lisa's history.
            let anna = Browser(app)
            try await anna.login(TestFixtures.anna)
            let annaPage = try await anna.get("/mijn-gegevens")
            #expect(!annaPage.body.string.contains("Uw gegevens bekeken of gewijzigd voor uw dienstverlening"))
        }
    }

    @Test("The logs are append-only in the database itself")
    func appendOnly() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            try await browser.get("/inwoners")
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE auditlog SET handeling = 'iets anders'").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM verwerkingslog").run()
            }
            #expect(try await ProcessingEntry.query(on: app.db).count() > 0)
        }
    }
}
