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
    var base64URLEncoded: String {
        Data(self).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
