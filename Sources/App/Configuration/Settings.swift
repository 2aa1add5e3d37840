import Foundation

/// Everything Plein can be configured with, read once from the environment at start-up.
/// One typed value instead of `Environment.get` calls scattered through the code, so the
/// README table and this file are the complete list.
public struct Settings: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        case sqlite(path: String)
        case sqliteInMemory
        /// `schema` isolates a database's tables in one PostgreSQL schema (tests use one per test).
        case postgres(url: String, schema: String? = nil)
    }

    public var database: DatabaseChoice
    /// Seed the demo municipality on first start. Defaults to on for SQLite, and is refused
    /// on PostgreSQL unless `PLEIN_DEMO=ja` is set explicitly.
    public var demoMode: Bool
    /// Set when Plein is served behind TLS: cookies get `Secure`, responses get HSTS.
    public var behindTLS: Bool
    public var sessionIdleTimeout: TimeInterval
    public var sessionAbsoluteTimeout: TimeInterval
    public var bcryptCost: Int
    /// Key for pseudonymising BSNs in the processing log (HMAC-SHA256). Must be stable across
    /// restarts, or residents lose their history.
    public var pseudonymKey: String
    public var loginMaxFailures: Int
    public var loginLockout: TimeInterval
    /// Who may say, with `X-Forwarded-For`, which address a request comes from.
    public var trustedProxies: TrustedProxies = .privateNetworks
    /// Where uploaded documents are kept, outside any served folder; nil keeps them in memory
    /// (tests only).
    public var documentDirectory: String?
    public var maxUploadBytes: Int
    /// Where e-mail notifications are sent; nil keeps them in the outbox only.
    public var smtp: SMTPSettings?
    /// Room for the other fields of an upload form next to the file.
    static let formOverheadBytes = 256 * 1024

    public static let environmentVariables: [(name: String, meaning: String)] = [
        ("DATABASE_URL", "postgres://user:password@host:5432/database: run on PostgreSQL. Unset: SQLite. "
            + "On the same machine: postgres+uds://user@localhost/path/to/.s.PGSQL.5432#database (the Unix socket)."),
        ("PLEIN_DATA_DIR", "Folder for the SQLite database and keys (default: ./data)."),
        ("PLEIN_DEMO", "ja/nee: seed the demo municipality. Default ja on SQLite, nee on PostgreSQL."),
        ("PLEIN_BEHIND_TLS", "ja when served over HTTPS: Secure cookies and HSTS."),
        ("PLEIN_SESSION_IDLE_MINUTES", "Minutes of inactivity that end a session (default 15)."),
        ("PLEIN_SESSION_ABSOLUTE_HOURS", "Hours after login that always end a session (default 8)."),
        ("PLEIN_BCRYPT_COST", "bcrypt cost for passwords, at least 12 (default 12)."),
        ("PLEIN_PSEUDONYM_KEY", "Secret for pseudonymising BSNs in the processing log (default: generated once into the data folder)."),
        ("PLEIN_LOGIN_MAX_FAILURES", "Failed logins per account or address before a lockout (default 5)."),
        ("PLEIN_LOGIN_LOCKOUT_MINUTES", "Length of that lockout in minutes (default 15)."),
        ("PLEIN_TRUSTED_PROXIES", "Reverse proxies whose X-Forwarded-For names the client: addresses or CIDR ranges, comma-separated, or geen (default: loopback and private networks)."),
        ("PLEIN_MAX_UPLOAD_MB", "Largest document a resident or professional may upload, in MB (default 10)."),
        ("PLEIN_SMTP_URL", "smtp://user:password@host:587 (STARTTLS), smtps://…:465 (TLS) or smtp+plain://localhost:25: send e-mail notifications. Unset: they stay in the outbox (Beheer → Uitgaande e-mail)."),
        ("PLEIN_SMTP_FROM", "Sender of the notifications (default: Plein <noreply@plein.local>)."),
        ("LOG_LEVEL", "trace, debug, info, notice, warning, error (default info)."),
    ]

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads the process environment. PLEIN_DATA_DIR holds the SQLite file and the generated
    /// pseudonym key.
    public static func fromEnvironment(_ environment: [String: String]) throws -> Settings {
        func flag(_ name: String) throws -> Bool? {
            guard let value = environment[name]?.lowercased(), !value.isEmpty else { return nil }
            switch value {
            case "ja", "yes", "true", "1": return true
            case "nee", "no", "false", "0": return false
            default: throw Invalid(description: "\(name) moet ja of nee zijn, niet '\(value)'.")
            }
        }
        func number(_ name: String, default fallback: Int, minimum: Int) throws -> Int {
            guard let text = environment[name], !text.isEmpty else { return fallback }
            guard let value = Int(text), value >= minimum else {
                throw Invalid(description: "\(name) moet een geheel getal van minstens \(minimum) zijn, niet '\(text)'.")
            }
            return value
        }

        let dataDirectory = environment["PLEIN_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "data"
        let database: DatabaseChoice
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard ["postgres://", "postgresql://", "postgres+uds://", "postgresql+uds://"].contains(where: url.hasPrefix) else {
                throw Invalid(description: "DATABASE_URL moet met postgres:// of postgres+uds:// beginnen.")
            }
            database = .postgres(url: url)
        } else {
            database = .sqlite(path: dataDirectory + "/plein.sqlite")
        }
        var trustedProxies = TrustedProxies.privateNetworks
        if let text = environment["PLEIN_TRUSTED_PROXIES"], !text.isEmpty {
            guard let parsed = TrustedProxies(parsing: text) else {
                throw Invalid(description: "PLEIN_TRUSTED_PROXIES moet geen zijn, of adressen en CIDR-reeksen met komma's ertussen, niet '\(text)'.")
            }
            trustedProxies = parsed
        }
        let demoRequested = try flag("PLEIN_DEMO")
        let isPostgres: Bool = if case .postgres = database { true } else { false }

        return Settings(
            database: database,
            demoMode: demoRequested ?? !isPostgres,
            behindTLS: try flag("PLEIN_BEHIND_TLS") ?? false,
            sessionIdleTimeout: 60 * TimeInterval(try number("PLEIN_SESSION_IDLE_MINUTES", default: 15, minimum: 1)),
            sessionAbsoluteTimeout: 3600 * TimeInterval(try number("PLEIN_SESSION_ABSOLUTE_HOURS", default: 8, minimum: 1)),
            bcryptCost: try number("PLEIN_BCRYPT_COST", default: 12, minimum: 12),
            pseudonymKey: try environment["PLEIN_PSEUDONYM_KEY"].flatMap { $0.isEmpty ? nil : $0 }
                ?? PseudonymKeyFile.loadOrCreate(in: dataDirectory),
            loginMaxFailures: try number("PLEIN_LOGIN_MAX_FAILURES", default: 5, minimum: 1),
            loginLockout: 60 * TimeInterval(try number("PLEIN_LOGIN_LOCKOUT_MINUTES", default: 15, minimum: 1)),
            trustedProxies: trustedProxies,
            documentDirectory: dataDirectory + "/documenten",
            maxUploadBytes: 1024 * 1024 * (try number("PLEIN_MAX_UPLOAD_MB", default: 10, minimum: 1)),
            smtp: try environment["PLEIN_SMTP_URL"].flatMap { $0.isEmpty ? nil : $0 }.map { text in
                guard let smtp = SMTPSettings.parse(text, from: environment["PLEIN_SMTP_FROM"].flatMap { $0.isEmpty ? nil : $0 }
                                                    ?? "Plein <noreply@plein.local>") else {
                    throw Invalid(description: "PLEIN_SMTP_URL moet smtp://, smtps:// of smtp+plain://localhost zijn.")
                }
                return smtp
            }
        )
    }

    /// Settings for tests: an in-memory SQLite database (or the PostgreSQL database named by
    /// `PLEIN_TEST_DATABASE_URL`), demo data, the minimum bcrypt cost ASVS allows, documents in
    /// memory and a 1 MB upload limit (so the too-large test stays small).
    public static func testing(database: DatabaseChoice) -> Settings {
        Settings(
            database: database, demoMode: true, behindTLS: false,
            sessionIdleTimeout: 15 * 60, sessionAbsoluteTimeout: 8 * 3600,
            bcryptCost: 12, pseudonymKey: "test-pseudonym-key",
            loginMaxFailures: 5, loginLockout: 15 * 60, documentDirectory: nil, maxUploadBytes: 1024 * 1024, smtp: nil)
    }
}
