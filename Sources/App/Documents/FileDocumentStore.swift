import Crypto
import Foundation
import NIOPosix

/// Documents as files under a folder outside anything served, one file per content hash,
/// spread over 256 subfolders. Files are written to a temporary name and renamed, so a reader
/// never sees half a file; only the server's user may read them. The disk is read and written on
/// a thread pool: a request runs on its connection's event loop, which must not wait for a disk.
struct FileDocumentStore: DocumentStore {
    let directory: URL
    private let threadPool: NIOThreadPool

    init(directory: String, threadPool: NIOThreadPool) throws {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        self.threadPool = threadPool
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    private func location(_ sha256: String) -> URL? {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { return nil }
        return directory.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent(sha256)
    }

    func write(_ data: Data) async throws -> String {
        try await threadPool.runIfActive { try writeNow(data) }
    }

    func read(_ sha256: String) async throws -> Data? {
        guard let target = location(sha256) else { return nil }
        return try await threadPool.runIfActive { FileManager.default.contents(atPath: target.path) }
    }

    private func writeNow(_ data: Data) throws -> String {
        let sha256 = Hex.encode(SHA256.hash(data: data))
        let target = location(sha256)!
        guard !FileManager.default.fileExists(atPath: target.path) else { return sha256 }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
        return sha256
    }
}
