import Foundation

/// Where document bytes live, addressed by their SHA-256 (hex). The database says whose a
/// document is; the store only keeps bytes, so the same file uploaded twice is kept once.
protocol DocumentStore: Sendable {
    /// Stores the bytes and returns their SHA-256.
    func write(_ data: Data) async throws -> String
    func read(_ sha256: String) async throws -> Data?
}
