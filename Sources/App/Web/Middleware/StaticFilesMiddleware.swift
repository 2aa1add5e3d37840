import Foundation
import Vapor

/// Serves the stylesheets from the App bundle under /static. Only files in the bundle's Public
/// folder can be reached; uploads and data live elsewhere and are never served from here.
struct StaticFilesMiddleware: AsyncMiddleware {
    private let files: FileMiddleware

    init() {
        let directory = Bundle.module.url(forResource: "Public", withExtension: nil)!.path + "/"
        files = FileMiddleware(publicDirectory: directory, defaultFile: nil)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.url.path.hasPrefix("/static/") else { return try await next.respond(to: request) }
        let original = request.url.path
        request.url.path = String(original.dropFirst("/static".count))
        defer { request.url.path = original }
        let response = try await files.respond(to: request, chainingTo: NotFoundResponder())
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return response
    }

    private struct NotFoundResponder: AsyncResponder {
        func respond(to request: Request) async throws -> Response { throw PleinError.notFound }
    }
}
