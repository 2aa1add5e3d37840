import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether an address is this machine or a private network, so a webhook (an address an
/// administrator typed) cannot make Plein call its own database or a service inside the network.
enum NetworkAddress {
    /// 10/8, 172.16/12, 192.168/16, 127/8, 169.254/16, 0/8; IPv6 loopback, link-local, unique
    /// local, unspecified, and IPv4 addresses written as IPv6 (`::ffff:10.0.0.1`).
    static func isPrivate(_ host: String) -> Bool {
        let trimmed = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if trimmed.hasPrefix("::ffff:") { return isPrivate(String(trimmed.dropFirst(7))) }
        if trimmed.contains(":") {
            return trimmed == "::1" || trimmed == "::" || trimmed.hasPrefix("fe80") || trimmed.hasPrefix("fc") || trimmed.hasPrefix("fd")
        }
        let parts = trimmed.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 4, trimmed.split(separator: ".").count == 4 else { return false }
        switch (parts[0], parts[1]) {
        case (10, _), (127, _), (0, _), (169, 254), (192, 168): return true
        case (172, 16...31): return true
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
