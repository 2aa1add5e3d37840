import Vapor

/// Runs Plein's middlewares, outermost first, and the route behind them in one task, on the
/// request's event loop.
///
/// Vapor starts a new task for every `AsyncMiddleware` it chains and for an async route, each
/// on Swift's thread pool, and each waits for the next through an event-loop future: ten tasks
/// and some twenty thread switches per page, besides two per database statement. Here the
/// middlewares call each other directly and an async route is awaited directly, so a request
/// is one task, and that task prefers the request's event loop (`EventLoopTaskExecutor`). The
/// order and the behaviour of each middleware are the same as when Vapor chains them.
struct MiddlewareChain: Middleware {
    let middlewares: [any AsyncMiddleware]

    init(_ middlewares: [any AsyncMiddleware]) {
        self.middlewares = middlewares
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        request.eventLoop.makeFutureOnLoop { try await respond(to: request, from: 0, chainingTo: next) }
    }

    private func respond(to request: Request, from index: Int, chainingTo route: any Responder) async throws -> Response {
        guard index < middlewares.count else {
            // A route group's own middleware (the API's) makes a plain `Responder`; only an
            // async route can be awaited without a future.
            if let route = route as? any AsyncResponder { return try await route.respond(to: request) }
            return try await route.respond(to: request).get()
        }
        return try await middlewares[index].respond(to: request, chainingTo: Next(chain: self, index: index + 1, route: route))
    }

    /// What a middleware calls to go on: the rest of the chain.
    private struct Next: AsyncResponder {
        let chain: MiddlewareChain
        let index: Int
        let route: any Responder

        func respond(to request: Request) async throws -> Response {
            try await chain.respond(to: request, from: index, chainingTo: route)
        }
    }
}
