@testable import App
import Synchronization
import Testing
import Vapor

@Suite("A request runs on its connection's event loop")
struct EventLoopExecutionTests {
    /// Notes where each step of a request ran, in order.
    private final class Trail: Sendable {
        private let steps = Mutex<[String]>([])
        func add(_ step: String) { steps.withLock { $0.append(step) } }
        var all: [String] { steps.withLock { $0 } }
    }

    private struct Step: AsyncMiddleware {
        let name: String
        let trail: Trail

        func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            trail.add("\(name) \(request.eventLoop.inEventLoop)")
            await Task.yield()
            let response = try await next.respond(to: request)
            trail.add("\(name) back \(request.eventLoop.inEventLoop)")
            return response
        }
    }

    @Test("The middlewares, in their order, and the route run on the request's event loop, also after waiting")
    func middlewaresAndRoute() async throws {
        try await withPlein { app in
            let trail = Trail()
            let chain = MiddlewareChain([Step(name: "first", trail: trail), Step(name: "second", trail: trail)])
            let route = AsyncBasicResponder { request in
                // A database statement in between, as a page makes them.
                _ = try await PreparedStatements.rows("SELECT 1 AS een", on: request.database)
                trail.add("route \(request.eventLoop.inEventLoop)")
                return Response(status: .ok)
            }
            let request = Request(application: app, on: app.eventLoopGroup.next())
            let response = try await chain.respond(to: request, chainingTo: route).get()
            #expect(response.status == .ok)
            #expect(trail.all == ["first true", "second true", "route true", "second back true", "first back true"])
        }
    }
}
