import Crypto
import Foundation

/// Authenticated encryption (AES-GCM) with a key derived from the server secret for one
/// purpose: what one purpose sealed, another cannot open.
struct SecretBox: Sendable {
    private let key: SymmetricKey

    init(secret: String, purpose: String) {
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: Data(secret.utf8)),
                                     info: Data(purpose.utf8), outputByteCount: 32)
    }

    func seal(_ plain: Data) throws -> Data { try AES.GCM.seal(plain, using: key).combined! }

    func open(_ sealed: Data) -> Data? {
        guard let box = try? AES.GCM.SealedBox(combined: sealed) else { return nil }
        return try? AES.GCM.open(box, using: key)
    }
}
