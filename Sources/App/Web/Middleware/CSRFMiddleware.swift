import Vapor

/// Every state-changing form carries the CSRF token that is also in the visitor's HttpOnly,
/// SameSite=Strict cookie (the double-submit pattern). The token is renewed at login and
/// logout. The API is exempt: it authenticates with bearer tokens, not cookies.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    /// The largest form body any route accepts (an upload form). A body that arrives in parts
    /// is collected here, up to this size, to read the token; beyond it the answer is 413.
    let maxBodyBytes: Int
    static let maxFormBytes = 1024 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method), !request.isAPI else {
            return try await next.respond(to: request)
        }
        if request.body.data == nil {
            // Only an upload form (multipart) may be as large as a document; anything else gets
            // the ordinary 1 MB, so unauthenticated requests cannot make the server hold 10 MB each.
            let multipart = request.headers.contentType?.type == "multipart"
            _ = try await request.body.collect(max: multipart ? maxBodyBytes : Self.maxFormBytes).get()
        }
        let sent = (try? request.content.get(String.self, at: Self.fieldName)) ?? ""
        let expected = request.state.csrfToken
        guard !sent.isEmpty, sent.utf8.count == expected.utf8.count,
              zip(sent.utf8, expected.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0
        else {
            throw PleinError.forbidden(LocalizedText(
                nl: "Het formulier is verlopen of niet via Plein verstuurd. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
                en: "The form has expired or was not sent through Plein. Go back, reload the page and try again."))
        }
        return try await next.respond(to: request)
    }
}
