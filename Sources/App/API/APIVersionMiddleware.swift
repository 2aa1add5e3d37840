import Vapor

/// NL API Design Rules API-57: every response, errors included, says the full API version.
struct APIVersionMiddleware: AsyncMiddleware {
    static let version = "1.0.0"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.isAPI else { return try await next.respond(to: request) }
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "API-Version", value: Self.version)
        return response
    }
}
