@testable import App
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Runs a test against a fresh Plein with the demo data: an in-memory SQLite database, or,
/// when PLEIN_TEST_DATABASE_URL is set, a PostgreSQL schema of its own that is dropped
/// afterwards — so tests run in parallel and each starts clean.
func withPlein(_ test: (Application) async throws -> Void) async throws {
    let postgresURL = ProcessInfo.processInfo.environment["PLEIN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    let choice: Settings.DatabaseChoice = postgresURL.map { .postgres(url: $0, schema: schema) } ?? .sqliteInMemory
    try await withApp(configure: { app in
        // One log line per request is right for an operator and noise in a test run.
        app.logger.logLevel = .warning
        try await configure(app, settings: .testing(database: choice))
        if postgresURL != nil {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await app.autoMigrate()
        _ = try await DemoSeeder.seedIfEmpty(app.db, passwordHash: TestFixtures.demoPasswordHash)
    }) { app in
        do {
            try await test(app)
        } catch {
            if postgresURL != nil { try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
            throw error
        }
        if postgresURL != nil { try await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
    }
}

enum TestFixtures {
    /// bcrypt is slow on purpose; hash the demo password once per test process.
    /// Cost 4, not production's 12: a login verifies at the cost stored in the hash, and many
    /// suites logging in at cost 12 on two cores kept the thread pool busy long enough for
    /// SQLite connection requests to time out (a flaky 500 in a clean-clone CI run). Hashes
    /// Plein makes itself still use `Settings.bcryptCost` (at least 12), as the password test checks.
    static let demoPasswordHash: String = try! Bcrypt.hash(DemoSeeder.password, cost: 4)

    static let petra = "petra@gemeente-voorbeeld.nl"        // professional, Gemeente Voorbeeld
    static let ruben = "ruben@gemeente-voorbeeld.nl"        // regisseur, Gemeente Voorbeeld
    static let bram = "bram@gemeente-voorbeeld.nl"          // functioneel beheerder, Gemeente Voorbeeld
    static let fatima = "fatima@zorgoost.nl"                // professional, Zorgcoöperatie Oost
    static let anna = "anna.jansen@voorbeeld.nl"            // inwoner
    static let lisa = "lisa.deboer@voorbeeld.nl"            // inwoner
}

/// A browser-like client: keeps cookies, reads the CSRF token from forms, follows nothing by
/// itself so tests can check redirects.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    /// The Path attribute of each cookie, so a cookie goes only where a browser would send it.
    var cookiePaths: [String: String] = [:]
    var csrf = ""
    /// Requests go over a real connection to a running server (so Plein sees a peer address),
    /// instead of straight into the responder.
    let overNetwork: Bool
    /// Sent with every request, as a proxy in front of Plein would add them.
    var headers: HTTPHeaders = [:]

    init(_ app: Application, overNetwork: Bool = false) {
        self.app = app
        self.overNetwork = overNetwork
    }

    @discardableResult
    func get(_ path: String, headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: extra)
    }

    @discardableResult
    func post(_ path: String, form: [String: String], includeCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if includeCSRF {
            if csrf.isEmpty { try await get("/inloggen") }
            fields["_csrf"] = csrf
        }
        let body = fields.map { "\($0.key.urlEncoded)=\($0.value.urlEncoded)" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: "application/x-www-form-urlencoded")
    }

    /// A multipart form with text fields and optionally one file, as a browser sends an upload.
    @discardableResult
    func postMultipart(_ path: String, form: [String: String], file: (field: String, name: String, data: Data)? = nil) async throws -> TestingHTTPResponse {
        if csrf.isEmpty { try await get("/inloggen") }
        let boundary = "----plein\(UUID().uuidString)"
        var body = Data()
        for (name, value) in form.merging(["_csrf": csrf], uniquingKeysWith: { first, _ in first }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return try await send(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    func send(_ method: HTTPMethod, _ path: String, body: String? = nil, contentType: String? = nil,
              headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(method, path, body: body.map { Data($0.utf8) }, contentType: contentType, headers: extra)
    }

    func send(_ method: HTTPMethod, _ path: String, body: Data?, contentType: String? = nil,
              headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = self.headers
        headers.add(contentsOf: extra)
        let requestPath = String(path.split(separator: "?", maxSplits: 1).first ?? "")
        let sent = cookies.filter { name, _ in
            let scope = cookiePaths[name] ?? "/"
            return scope == "/" || requestPath == scope || requestPath.hasPrefix(scope + "/")
        }
        if !sent.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: sent.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        var buffer: ByteBuffer? = nil
        if let body { buffer = ByteBuffer(data: body) }
        let response = try await app.testing(method: overNetwork ? .running(hostname: "127.0.0.1", port: 0) : .inMemory).performTest(request: .init(method: method, url: .init(path: path), headers: headers, body: buffer ?? ByteBuffer()))
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if header.contains("Max-Age=0") || header.contains("Expires=Thu, 01 Jan 1970") || value.isEmpty {
                cookies[name] = nil
            } else {
                cookies[name] = value
                let path = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                    .first { $0.lowercased().hasPrefix("path=") }.map { String($0.dropFirst(5)) }
                cookiePaths[name] = path ?? "/"
            }
        }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
        return response
    }

    @discardableResult
    func login(_ username: String, password: String = DemoSeeder.password) async throws -> TestingHTTPResponse {
        try await get("/inloggen")
        return try await post("/inloggen", form: ["inlognaam": username, "wachtwoord": password])
    }

    /// The logged-in account as the service layer's actor, for tests that call a service directly.
    func actor(_ app: Application) async throws -> Actor {
        let session = try #require(cookies[SessionMiddleware.sessionCookie])
        let user = try #require(try await SessionStore(database: app.db, settings: app.plein.settings).user(forToken: session))
        return Actor(kind: .user(user.role), id: user.id, organisationID: user.organisationID, bsn: user.bsn,
                     name: user.displayName, traceID: "test")
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

extension String {
    var urlEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? self
    }
}

extension Application {
    func resident(named givenNames: String, organisation: String = "Gemeente Voorbeeld") async throws -> Resident {
        let organisationID = try await Organisation.query(on: db).filter(\.$name == organisation).first()!.requireID()
        return try await Resident.query(on: db).filter(\.$givenNames == givenNames)
            .filter(\.$organisationID == organisationID).first()!
    }
}
