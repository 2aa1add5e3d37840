import Vapor

/// The NL API Design Rules (API-48) want no trailing slashes: `/api/v1/inwoners/` is not
/// `/api/v1/inwoners`. Vapor's router would treat them alike, so refuse it before routing,
/// for pages too, to keep one address per page.
struct TrailingSlashMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        if path.count > 1 && path.hasSuffix("/") { throw PleinError.notFound }
        return try await next.respond(to: request)
    }
}
