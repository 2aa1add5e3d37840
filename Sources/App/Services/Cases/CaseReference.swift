import Foundation

/// A case's reference as residents read it out on the phone: `BB-2026-K7M4-Q9XW`. Random
/// rather than counted, so it says nothing about how many people applied and needs no shared
/// counter; letters and digits that look alike (0/O, 1/I) are left out. Uniqueness per
/// organisation is the database's unique index; a clash is retried.
enum CaseReference {
    private static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    static func generate(year: Int) -> String {
        let characters = (0..<8).map { _ in alphabet.randomElement()! }
        return "BB-\(year)-\(String(characters[0..<4]))-\(String(characters[4..<8]))"
    }
}
