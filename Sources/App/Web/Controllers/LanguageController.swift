import Vapor

/// Switches the page language with a plain link (works without JavaScript) and returns to the
/// page the visitor came from — only to a path on this site, never to another host.
enum LanguageController {
    static func switchLanguage(_ req: Request) async throws -> Response {
        guard let language = req.parameters.get("taal").flatMap(Language.init(rawValue:)) else { throw PleinError.notFound }
        let back = (try? req.query.get(String.self, at: "terug")) ?? "/"
        let safeBack = back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") ? back : "/"
        let response = req.redirect(to: safeBack)
        response.cookies[Language.cookieName] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            isSecure: req.application.plein.settings.behindTLS, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
