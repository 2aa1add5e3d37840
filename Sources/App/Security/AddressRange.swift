import Foundation

/// An IPv4 or IPv6 address or CIDR range (`192.0.2.7`, `10.0.0.0/8`, `fd00::/8`), for naming
/// the proxies Plein trusts. An IPv4 address written inside IPv6 (`::ffff:10.0.0.1`) matches
/// as the IPv4 address it is.
struct AddressRange: Sendable, Equatable {
    private let bytes: [UInt8]
    private let prefixLength: Int

    init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let bytes = Self.bytes(String(parts[0])) else { return nil }
        let length = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
        guard let length, (0...bytes.count * 8).contains(length) else { return nil }
        self.bytes = bytes
        self.prefixLength = length
    }

    func contains(_ address: String) -> Bool {
        guard let other = Self.bytes(address), other.count == bytes.count else { return false }
        let whole = prefixLength / 8, rest = prefixLength % 8
        guard other[..<whole] == bytes[..<whole] else { return false }
        guard rest > 0 else { return true }
        let mask = UInt8(0xff) << (8 - rest)
        return other[whole] & mask == bytes[whole] & mask
    }

    /// The address's bytes: 4 for IPv4 (also when written inside IPv6), 16 for IPv6.
    static func bytes(_ text: String) -> [UInt8]? {
        let text = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff { return Array(bytes[12...]) }
        return bytes
    }
}
