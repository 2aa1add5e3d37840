import Foundation

/// Where e-mail goes, from `PLEIN_SMTP_URL`:
/// - `smtp://user:password@host:587` — STARTTLS, required before logging in;
/// - `smtps://user:password@host:465` — TLS from the start;
/// - `smtp+plain://host:25` — no TLS, only for a relay on this machine (`localhost`, `127.0.0.1`).
public struct SMTPSettings: Sendable, Equatable {
    public enum Security: Sendable, Equatable { case startTLS, implicitTLS, plain }

    public let host: String
    public let port: Int
    public let security: Security
    public let username: String?
    public let password: String?
    public let from: String

    public static func parse(_ text: String, from: String) -> SMTPSettings? {
        guard let url = URLComponents(string: text), let host = url.host, !host.isEmpty else { return nil }
        let security: Security
        switch url.scheme {
        case "smtp": security = .startTLS
        case "smtps": security = .implicitTLS
        case "smtp+plain" where ["localhost", "127.0.0.1", "::1"].contains(host): security = .plain
        default: return nil
        }
        let port = url.port ?? (security == .implicitTLS ? 465 : security == .startTLS ? 587 : 25)
        return SMTPSettings(host: host, port: port, security: security, username: url.user?.removingPercentEncoding,
                            password: url.password?.removingPercentEncoding, from: from)
    }
}
