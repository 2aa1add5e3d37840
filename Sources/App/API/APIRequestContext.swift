import Vapor

/// The generated handlers see only the typed input; the Vapor request (for the database,
/// the actor and the trace) reaches them through this task-local, set by APIMiddleware.
enum APIRequestContext {
    @TaskLocal static var request: Request?

    static var current: Request {
        get throws {
            guard let request else { throw Abort(.internalServerError, reason: "API handler outside a request") }
            return request
        }
    }
}
