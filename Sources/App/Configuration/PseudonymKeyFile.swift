import Foundation
import Vapor

/// The pseudonym key is generated once and kept next to the database, so a fresh
/// `swift run plein` needs no configuration and the processing log stays linkable to the same
/// resident across restarts. Real deployments set PLEIN_PSEUDONYM_KEY from a secret store.
enum PseudonymKeyFile {
    static func loadOrCreate(in directory: String) throws -> String {
        let path = directory + "/pseudonym.key"
        if let existing = try? String(contentsOfFile: path, encoding: .utf8), !existing.isEmpty {
            return existing.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let key = [UInt8].random(count: 32).base64
        guard FileManager.default.createFile(atPath: path, contents: Data(key.utf8),
                                             attributes: [.posixPermissions: 0o600])
        else { throw Settings.Invalid(description: "Kan \(path) niet schrijven.") }
        return key
    }
}
