import Crypto
import Foundation

/// Random bearer-style tokens and their SHA-256 digests. Only digests are stored, so a copy
/// of the database holds no usable session or API token.
enum TokenDigest {
    static func newToken(prefix: String = "") -> String {
        prefix + [UInt8].random(count: 32).base64URLEncoded
    }

    static func digest(_ token: String) -> String {
        Hex.encode(SHA256.hash(data: Data(token.utf8)))
    }
}

extension Array where Element == UInt8 {
    /// Base64 in the URL-safe alphabet without padding (RFC 4648 §5). Mapped byte by byte:
    /// Foundation's `replacingOccurrences` goes through NSString, and cost more than drawing
    /// the random bytes of the CSRF token a new visitor gets.
    var base64URLEncoded: String {
        String(decoding: Data(self).base64EncodedString().utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "+"): UInt8(ascii: "-")
            case UInt8(ascii: "/"): UInt8(ascii: "_")
            case UInt8(ascii: "="): nil
            default: byte
            }
        }, as: UTF8.self)
    }
}
