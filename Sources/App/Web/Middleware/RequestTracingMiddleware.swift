import Vapor

/// First in the chain: gives the request its trace id (continuing a partner's `traceparent`),
/// puts it in every log line of the request, and counts the answer for /metrics.
struct RequestTracingMiddleware: AsyncMiddleware {
    let metrics: Metrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        if let traceID = TraceContext.traceID(fromTraceparent: request.headers.first(name: "traceparent")) {
            request.state.traceID = traceID
        }
        request.logger[metadataKey: "trace-id"] = .string(request.state.traceID)
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Trace-ID", value: request.state.traceID)
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        metrics.observe(method: request.method.rawValue, status: response.status.code, seconds: seconds)
        request.logger.info("\(request.method) \(request.url.path) \(response.status.code) \(Int(seconds * 1000))ms")
        return response
    }
}
