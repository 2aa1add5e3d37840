import Crypto
import Foundation

/// Documents as files under a folder outside anything served, one file per content hash,
/// spread over 256 subfolders. Files are written to a temporary name and renamed, so a reader
/// never sees half a file; only the server's user may read them.
struct FileDocumentStore: DocumentStore {
    let directory: URL

    init(directory: String) throws {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    private func location(_ sha256: String) -> URL? {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { return nil }
        return directory.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent(sha256)
    }

    func write(_ data: Data) async throws -> String {
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

    func read(_ sha256: String) async throws -> Data? {
        guard let target = location(sha256) else { return nil }
        return FileManager.default.contents(atPath: target.path)
    }
}
