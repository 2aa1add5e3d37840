import SQLKit
import Vapor

/// Health and metrics for the operator. /health checks the database with a real query, so
/// a load balancer takes an instance out when its database is gone.
enum OperationsController {
    static func health(_ req: Request) async throws -> Response {
        let up = await databaseUp(req)
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: up ? .ok : .serviceUnavailable, headers: headers,
                        body: .init(string: up ? #"{"status":"ok","database":"ok"}"# : #"{"status":"fout","database":"onbereikbaar"}"#))
    }

    static func metrics(_ req: Request) async throws -> Response {
        let text = req.application.plein.metrics.exposition(databaseUp: await databaseUp(req))
        return Response(status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"], body: .init(string: text))
    }

    private static func databaseUp(_ req: Request) async -> Bool {
        guard let sql = req.database as? any SQLDatabase else { return false }
        return (try? await sql.raw("SELECT 1 AS ok").first()) != nil
    }
}
