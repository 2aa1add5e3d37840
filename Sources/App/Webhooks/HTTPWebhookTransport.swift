import Foundation
import Vapor

/// Webhooks over HTTP with Vapor's client, ten seconds per try. Outside the demo, a receiver
/// whose name resolves to this machine or a private network is not called: the name could have
/// been pointed there after the administrator registered it.
struct HTTPWebhookTransport: WebhookTransport {
    let client: any Client
    let threadPool: NIOThreadPool
    let allowPrivateNetwork: Bool

    func post(to url: String, body: String, headers: [(String, String)]) async -> Result<Int, WebhookTransportFailure> {
        if !allowPrivateNetwork {
            guard let host = URLComponents(string: url)?.host, !host.isEmpty else {
                return .failure(WebhookTransportFailure(description: "geen geldig adres"))
            }
            let addresses = (try? await threadPool.runIfActive { NetworkAddress.resolve(host) }) ?? []
            if addresses.isEmpty {
                return .failure(WebhookTransportFailure(description: "de naam \(host) bestaat niet (DNS)"))
            }
            if addresses.contains(where: NetworkAddress.isPrivate) {
                return .failure(WebhookTransportFailure(description: "\(host) wijst naar een intern adres; Plein roept dat niet aan"))
            }
        }
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
