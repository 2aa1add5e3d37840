import Foundation

/// The peers that may tell Plein who the client is, with `X-Forwarded-For`. Plein speaks plain
/// HTTP, so every HTTPS deployment has a reverse proxy in front, and every request then comes
/// from the proxy's address: throttling failed logins per address would lock everyone out after
/// a few mistyped passwords anywhere. By default the loopback and private networks are trusted
/// (where a proxy or load balancer sits; Rails does the same); `PLEIN_TRUSTED_PROXIES` names
/// other addresses or CIDR ranges instead, or `geen`.
public struct TrustedProxies: Sendable, Equatable {
    /// nil: the loopback and private networks.
    private let ranges: [AddressRange]?

    public static let privateNetworks = TrustedProxies(ranges: nil)

    private init(ranges: [AddressRange]?) { self.ranges = ranges }

    /// `geen`, or a comma-separated list of addresses and CIDR ranges; nil when a part is
    /// neither.
    public init?(parsing text: String) {
        if text.trimmingCharacters(in: .whitespaces).lowercased() == "geen" {
            self.init(ranges: [])
            return
        }
        var ranges: [AddressRange] = []
        for part in text.split(separator: ",") {
            guard let range = AddressRange(String(part)) else { return nil }
            ranges.append(range)
        }
        guard !ranges.isEmpty else { return nil }
        self.init(ranges: ranges)
    }

    func trusts(_ address: String) -> Bool {
        guard let ranges else { return NetworkAddress.isPrivate(address) }
        return ranges.contains { $0.contains(address) }
    }

    /// The client of a request from `peer` that carried `forwardedFor` (the `X-Forwarded-For`
    /// lines): the peer itself unless it is a trusted proxy; then, reading the chain from the
    /// right, the first address no trusted proxy added. A client can put anything at the left
    /// of the chain, so only the part the proxies wrote counts.
    func client(peer: String?, forwardedFor: [String]) -> String? {
        guard var client = peer, trusts(client) else { return peer }
        let chain = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for address in chain.reversed() {
            guard AddressRange.bytes(address) != nil else { break }
            client = address
            if !trusts(address) { break }
        }
        return client
    }
}
