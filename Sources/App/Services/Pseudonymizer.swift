import Crypto
import Foundation

/// Turns a BSN into a stable pseudonym for the processing log (HMAC-SHA256 with a secret
/// key), so the log can answer "who processed my data" without storing BSNs.
struct Pseudonymizer: Sendable {
    /// HMAC's state after the key is set up, copied for each BSN: setting the key up hashes two
    /// blocks, as much as the BSN itself, and a work queue page pseudonymises 25 residents.
    private let keyed: HMAC<SHA256>

    init(secret: String) {
        keyed = HMAC<SHA256>(key: SymmetricKey(data: Data(secret.utf8)))
    }

    func pseudonym(forBSN bsn: String) -> String {
        var hmac = keyed
        hmac.update(data: Data(bsn.utf8))
        return Hex.encode(hmac.finalize())
    }
}
