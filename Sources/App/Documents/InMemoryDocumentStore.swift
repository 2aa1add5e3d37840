import Crypto
import Foundation
import Synchronization

/// The document store's twin for tests: the same contract, kept in memory.
final class InMemoryDocumentStore: DocumentStore {
    private let files = Mutex<[String: Data]>([:])

    func write(_ data: Data) async throws -> String {
        let sha256 = Hex.encode(SHA256.hash(data: data))
        files.withLock { $0[sha256] = data }
        return sha256
    }

    func read(_ sha256: String) async throws -> Data? { files.withLock { $0[sha256] } }

    var count: Int { files.withLock { $0.count } }
}
