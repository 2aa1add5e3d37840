import Foundation
import Vapor

/// Webhooks over HTTP with Vapor's client, ten seconds per try.
struct HTTPWebhookTransport: WebhookTransport {
    let client: any Client

    func post(to url: String, body: String, headers: [(String, String)]) async -> Result<Int, WebhookTransportFailure> {
        do {
            var request = ClientRequest(method: .POST, url: URI(string: url), headers: HTTPHeaders(headers), body: ByteBuffer(string: body))
            request.timeout = .seconds(10)
            let response = try await client.send(request)
            return .success(Int(response.status.code))
        } catch {
            // The administrator sees that it failed, not the network's details.
            return .failure(WebhookTransportFailure(description: "geen verbinding of geen antwoord binnen 10 seconden"))
        }
    }
}
