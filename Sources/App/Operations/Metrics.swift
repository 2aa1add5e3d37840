import Foundation
import Synchronization

/// Request counters and a latency histogram in the Prometheus text format. Kept in-process:
/// a scrape reads one instance, which is what Prometheus expects of each target.
final class Metrics: Sendable {
    static let bucketBounds: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    private struct State {
        var requests: [String: Int] = [:]
        var bucketCounts = [Int](repeating: 0, count: Metrics.bucketBounds.count)
        var durationSum = 0.0
        var durationCount = 0
    }

    private let state = Mutex(State())

    func observe(method: String, status: UInt, seconds: Double) {
        state.withLock { state in
            state.requests["method=\"\(method)\",status=\"\(status)\"", default: 0] += 1
            for (index, bound) in Self.bucketBounds.enumerated() where seconds <= bound {
                state.bucketCounts[index] += 1
            }
            state.durationSum += seconds
            state.durationCount += 1
        }
    }

    func exposition(databaseUp: Bool) -> String {
        state.withLock { state in
            var lines = [
                "# HELP plein_http_requests_total HTTP requests answered, by method and status.",
                "# TYPE plein_http_requests_total counter",
            ]
            for (labels, count) in state.requests.sorted(by: { $0.key < $1.key }) {
                lines.append("plein_http_requests_total{\(labels)} \(count)")
            }
            lines += [
                "# HELP plein_http_request_duration_seconds Time to answer a request.",
                "# TYPE plein_http_request_duration_seconds histogram",
            ]
            for (index, bound) in Self.bucketBounds.enumerated() {
                lines.append("plein_http_request_duration_seconds_bucket{le=\"\(bound)\"} \(state.bucketCounts[index])")
            }
            lines += [
                "plein_http_request_duration_seconds_bucket{le=\"+Inf\"} \(state.durationCount)",
                "plein_http_request_duration_seconds_sum \(state.durationSum)",
                "plein_http_request_duration_seconds_count \(state.durationCount)",
                "# HELP plein_database_up Whether the database answered the last check.",
                "# TYPE plein_database_up gauge",
                "plein_database_up \(databaseUp ? 1 : 0)",
            ]
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
