@testable import App
import Foundation
import Testing
import VaporTesting

@Suite("Operations")
struct OperationsTests {
    @Test("/health checks the database")
    func health() async throws {
        try await withPlein { app in
            let response = try await Browser(app).get("/health")
            #expect(response.status == .ok)
            #expect(response.body.string.contains(#""database":"ok""#))
        }
    }

    @Test("/metrics speaks the Prometheus text format and counts requests")
    func metrics() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.get("/")
            try await browser.get("/bestaat-niet")
            let text = try await browser.get("/metrics").body.string
            #expect(text.contains("# TYPE plein_http_requests_total counter"))
            #expect(text.contains(#"plein_http_requests_total{method="GET",status="404"} 1"#))
            #expect(text.contains("plein_database_up 1"))
        }
    }

    @Test("Settings come from the environment and refuse nonsense")
    func settings() throws {
        let defaults = try Settings.fromEnvironment(["PLEIN_PSEUDONYM_KEY": "k"])
        #expect(defaults.database == .sqlite(path: "data/plein.sqlite"))
        #expect(defaults.demoMode)
        #expect(defaults.bcryptCost == 12)
        let postgres = try Settings.fromEnvironment(["DATABASE_URL": "postgres://u@localhost/plein", "PLEIN_PSEUDONYM_KEY": "k"])
        #expect(!postgres.demoMode, "demo data is refused on PostgreSQL unless asked for")
        #expect(try Settings.fromEnvironment(["DATABASE_URL": "postgres://u@localhost/plein", "PLEIN_DEMO": "ja", "PLEIN_PSEUDONYM_KEY": "k"]).demoMode)
        #expect(throws: Settings.Invalid.self) { try Settings.fromEnvironment(["PLEIN_BCRYPT_COST": "10", "PLEIN_PSEUDONYM_KEY": "k"]) }
        #expect(throws: Settings.Invalid.self) { try Settings.fromEnvironment(["PLEIN_DEMO": "misschien", "PLEIN_PSEUDONYM_KEY": "k"]) }
        #expect(throws: Settings.Invalid.self) { try Settings.fromEnvironment(["DATABASE_URL": "mysql://x", "PLEIN_PSEUDONYM_KEY": "k"]) }
        let socket = "postgres+uds://u@localhost/var/run/postgresql/.s.PGSQL.5432#plein"
        #expect(try Settings.fromEnvironment(["DATABASE_URL": socket, "PLEIN_PSEUDONYM_KEY": "k"]).database == .postgres(url: socket))
    }

    @Test("The README's table of settings names exactly the variables Plein reads (plein serve --help lists them)")
    func settingsDocumented() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md"), encoding: .utf8)
        let documented = Set(readme.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            let name = String(line[line.index(line.startIndex, offsetBy: 3)..<end])
            return name.allSatisfy { $0.isUppercase || $0 == "_" } ? name : nil
        })
        #expect(documented == Set(Settings.environmentVariables.map(\.name)))
    }
}
