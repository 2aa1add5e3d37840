import Crypto
import Foundation

/// How a receiver knows a webhook came from Plein and was not replayed: the header
/// `Plein-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`.
/// Receivers recompute it and reject old timestamps (five minutes is the advice in docs/webhooks.md).
enum WebhookSignature {
    static let header = "Plein-Signature"

    static func sign(body: String, secret: String, timestamp: Int) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "t=\(timestamp),v1=\(Hex.encode(mac))"
    }

    static func verify(_ header: String, body: String, secret: String) -> Bool {
        let parts = Dictionary(header.split(separator: ",").compactMap { part -> (String, String)? in
            let pair = part.split(separator: "=", maxSplits: 1)
            return pair.count == 2 ? (String(pair[0]), String(pair[1])) : nil
        }, uniquingKeysWith: { first, _ in first })
        guard let timestamp = parts["t"].flatMap(Int.init) else { return false }
        return sign(body: body, secret: secret, timestamp: timestamp) == header
    }

    /// A new signing secret, shown once to the administrator.
    static func newSecret() -> String {
        "whsec_" + Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
