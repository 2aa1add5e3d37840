import Vapor

/// Switches the page language with a plain link (works without JavaScript) and returns to the
/// page the visitor came from — only to a path on this site, never to another host.
enum LanguageController {
    static func switchLanguage(_ req: Request) async throws -> Response {
        guard let language = req.parameters.get("taal").flatMap(Language.init(rawValue:)) else { throw PleinError.notFound }
        let back = (try? req.query.get(String.self, at: "terug")) ?? "/"
        // No spaces or control characters either: browsers drop a tab or line break from a URL
        // ("/\t/evil.example" becomes "//evil.example"), and a CR LF would end the Location
        // header and let the link write headers (a cookie) of its own.
        let plain = back.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
        let safeBack = plain && back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") ? back : "/"
        let response = req.redirect(to: safeBack)
        response.cookies[Language.cookieName] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            isSecure: req.application.plein.settings.behindTLS, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
