import Crypto
import Foundation

/// Turns a BSN into a stable pseudonym for the processing log (HMAC-SHA256 with a secret
/// key), so the log can answer "who processed my data" without storing BSNs.
struct Pseudonymizer: Sendable {
    private let key: SymmetricKey

    init(secret: String) {
        key = SymmetricKey(data: Data(secret.utf8))
    }

    func pseudonym(forBSN bsn: String) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: Data(bsn.utf8), using: key))
    }
}
