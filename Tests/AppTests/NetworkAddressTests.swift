@testable import App
import Testing
import VaporTesting

@Suite("Webhooks never call this machine or a private network")
struct NetworkAddressTests {
    @Test("Private and loopback addresses, also written as IPv6, are recognised; public ones are not")
    func literals() {
        for host in ["10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "169.254.169.254", "0.0.0.0",
                     "::1", "[::1]", "::", "fe80::1", "febf::1", "fd12::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
                     "100.100.100.200", "198.18.0.1", "224.0.0.1", "64:ff9b::10.0.0.1", "ff02::1"] {
            #expect(NetworkAddress.isPrivate(host), "\(host)")
        }
        for host in ["8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:db8::1", "example.nl", "::ffff:8.8.8.8", "fec0::1"] {
            #expect(!NetworkAddress.isPrivate(host), "\(host)")
        }
    }

    @Test("A name that resolves to this machine is not called at delivery; the demo may")
    func resolvedAtDelivery() async throws {
        #expect(NetworkAddress.resolve("localhost").contains(where: NetworkAddress.isPrivate))
        try await withPlein { app in
            let guarded = HTTPWebhookTransport(client: app.client, threadPool: app.threadPool, allowPrivateNetwork: false)
            let refused = await guarded.post(to: "https://localhost:1/hook", body: "{}", headers: [])
            guard case .failure(let failure) = refused else { Issue.record("a private receiver was called"); return }
            #expect(failure.description.contains("intern adres"))
            let demo = HTTPWebhookTransport(client: app.client, threadPool: app.threadPool, allowPrivateNetwork: true)
            guard case .failure(let unreachable) = await demo.post(to: "http://127.0.0.1:1/hook", body: "{}", headers: []) else {
                Issue.record("nothing listens on port 1"); return
            }
            #expect(!unreachable.description.contains("intern adres"))
        }
    }
}
