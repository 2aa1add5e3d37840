import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether an address is this machine or a non-public network, so a webhook (an address an
/// administrator typed) cannot make Plein call its own database or a service inside the network.
enum NetworkAddress {
    /// Loopback, private, link-local, shared (carrier-grade NAT), benchmarking, multicast and
    /// reserved ranges, for IPv4 and IPv6, including IPv4 written inside IPv6 (`::ffff:a.b.c.d`,
    /// NAT64 `64:ff9b::a.b.c.d`). Text that is not an address is not private (a name).
    static func isPrivate(_ host: String) -> Bool {
        let text = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return isPrivateIPv4(withUnsafeBytes(of: &v4) { Array($0) })
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return false }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff { return isPrivateIPv4(Array(bytes[12...])) }
        if bytes[0..<12] == [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0] { return isPrivateIPv4(Array(bytes[12...])) }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) { return bytes[15] <= 1 }          // :: and ::1
        if bytes[0] == 0xfe && bytes[1] & 0xc0 == 0x80 { return true }              // fe80::/10 link-local
        if bytes[0] & 0xfe == 0xfc { return true }                                  // fc00::/7 unique local
        if bytes[0] == 0xff { return true }                                         // ff00::/8 multicast
        return false
    }

    private static func isPrivateIPv4(_ b: [UInt8]) -> Bool {
        switch (b[0], b[1]) {
        case (0, _), (10, _), (127, _), (169, 254), (192, 168): return true
        case (100, 64...127): return true          // 100.64/10 shared address space
        case (172, 16...31): return true
        case (198, 18...19): return true           // 198.18/15 benchmarking
        case (192, 0) where b[2] == 0: return true // 192.0.0/24
        case (224..., _): return true              // multicast and reserved
        default: return false
        }
    }

    /// Every address a host name resolves to, as text (blocking: call it off the event loop).
    static func resolve(_ host: String) -> [String] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if info.pointee.ai_family == AF_INET, let address = info.pointee.ai_addr {
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                    var raw = v4.pointee.sin_addr
                    _ = inet_ntop(AF_INET, &raw, &buffer, socklen_t(buffer.count))
                }
                addresses.append(String(cString: buffer))
            } else if info.pointee.ai_family == AF_INET6, let address = info.pointee.ai_addr {
                address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                    var raw = v6.pointee.sin6_addr
                    _ = inet_ntop(AF_INET6, &raw, &buffer, socklen_t(buffer.count))
                }
                addresses.append(String(cString: buffer))
            }
            cursor = info.pointee.ai_next
        }
        return addresses
    }
}
