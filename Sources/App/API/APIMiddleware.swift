import Fluent
import Vapor

/// In front of every `/api/v1` operation: authenticates the organisation's API client by its
/// bearer token (only the digest is stored), refuses revoked or unknown tokens, and makes the
/// request available to the generated handlers.
struct APIMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let token = request.headers.bearerAuthorization?.token, token.hasPrefix("plein_"),
              let client = try await APIClient.query(on: request.database)
                .filter(\.$tokenHash == TokenDigest.digest(token)).filter(\.$revokedAt == nil).first()
        else { throw PleinError.notLoggedIn }
        request.state.apiClient = client
        return try await APIRequestContext.$request.withValue(request) {
            try await next.respond(to: request)
        }
    }
}
