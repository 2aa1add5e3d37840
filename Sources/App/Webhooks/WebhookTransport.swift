import Foundation

/// Sends one webhook request. The live implementation uses HTTP; tests use a recording twin.
protocol WebhookTransport: Sendable {
    /// The receiver's HTTP status, or a description of why there was none (timeout, refused).
    func post(to url: String, body: String, headers: [(String, String)]) async -> Result<Int, WebhookTransportFailure>
}

struct WebhookTransportFailure: Error, Sendable {
    let description: String
}
