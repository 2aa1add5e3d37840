import Vapor

/// Reads the session, language and CSRF cookies into the request state, and writes the
/// CSRF cookie back when it is new. Cookies are HttpOnly and SameSite; Secure behind TLS.
struct SessionMiddleware: AsyncMiddleware {
    let settings: Settings

    static let sessionCookie = "plein_sessie"
    static let csrfCookie = "plein_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let state = request.state
        if let language = request.cookies[Language.cookieName].flatMap({ Language(rawValue: $0.string) }) {
            state.language = language
        }
        if let token = request.cookies[Self.sessionCookie]?.string, !token.isEmpty,
           let user = try await SessionStore(database: request.database, settings: settings).user(forToken: token) {
            state.user = user
            state.sessionToken = token
        }
        if let csrf = request.cookies[Self.csrfCookie]?.string, csrf.count >= 32 {
            state.csrfToken = csrf
        } else {
            state.csrfToken = TokenDigest.newToken()
            state.issueCSRFCookie = true
        }
        let response = try await next.respond(to: request)
        if state.issueCSRFCookie {
            response.cookies[Self.csrfCookie] = cookie(state.csrfToken, sameSite: .strict, maxAge: nil)
        }
        return response
    }

    func cookie(_ value: String, sameSite: HTTPCookies.SameSitePolicy, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, maxAge: maxAge, path: "/", isSecure: settings.behindTLS,
                          isHTTPOnly: true, sameSite: sameSite)
    }
}
