@testable import App
import Testing

@Suite("Trusted proxies")
struct TrustedProxiesTests {
    @Test("By default a proxy on the loopback or a private network names the client; the client cannot")
    func privateNetworks() {
        let proxies = TrustedProxies.privateNetworks
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["203.0.113.5"]) == "203.0.113.5")
        #expect(proxies.client(peer: "10.0.0.1", forwardedFor: ["203.0.113.5, 10.0.0.2"]) == "203.0.113.5")
        #expect(proxies.client(peer: "::1", forwardedFor: ["2001:db8::7"]) == "2001:db8::7")
        // What a client wrote itself stands at the left: the address the proxy saw counts.
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["6.6.6.6, 203.0.113.5"]) == "203.0.113.5")
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["6.6.6.6", "203.0.113.5"]) == "203.0.113.5")
        // A peer on the internet is the client, whatever it claims.
        #expect(proxies.client(peer: "203.0.113.9", forwardedFor: ["10.0.0.5"]) == "203.0.113.9")
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: []) == "127.0.0.1")
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["niet-een-adres"]) == "127.0.0.1")
        #expect(proxies.client(peer: nil, forwardedFor: ["203.0.113.5"]) == nil)
    }

    @Test("PLEIN_TRUSTED_PROXIES names addresses and CIDR ranges, or none")
    func configured() throws {
        let proxies = try #require(TrustedProxies(parsing: "198.51.100.0/24, 2001:db8::1"))
        #expect(proxies.client(peer: "198.51.100.7", forwardedFor: ["203.0.113.5"]) == "203.0.113.5")
        #expect(proxies.client(peer: "::ffff:198.51.100.7", forwardedFor: ["203.0.113.5"]) == "203.0.113.5")
        #expect(proxies.client(peer: "2001:db8::1", forwardedFor: ["203.0.113.5"]) == "203.0.113.5")
        #expect(proxies.client(peer: "198.51.101.7", forwardedFor: ["203.0.113.5"]) == "198.51.101.7")
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["203.0.113.5"]) == "127.0.0.1", "only the named ones")
        let none = try #require(TrustedProxies(parsing: "geen"))
        #expect(none.client(peer: "127.0.0.1", forwardedFor: ["203.0.113.5"]) == "127.0.0.1")
        #expect(TrustedProxies(parsing: "10.0.0.0/33") == nil)
        #expect(TrustedProxies(parsing: "proxy.gemeente.nl") == nil)
        #expect(TrustedProxies(parsing: " , ") == nil)
        #expect(throws: Settings.Invalid.self) {
            try Settings.fromEnvironment(["PLEIN_TRUSTED_PROXIES": "overal", "PLEIN_PSEUDONYM_KEY": "k"])
        }
    }

    @Test("A range matches on its prefix bits only")
    func ranges() throws {
        let range = try #require(AddressRange("172.16.0.0/12"))
        #expect(range.contains("172.31.255.1"))
        #expect(!range.contains("172.32.0.1"))
        #expect(try #require(AddressRange("0.0.0.0/0")).contains("203.0.113.5"))
        #expect(!(try #require(AddressRange("fd00::/8")).contains("10.0.0.1")), "IPv6 range, IPv4 address")
    }
}
