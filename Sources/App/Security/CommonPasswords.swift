import Foundation

/// Commonly used passwords, loaded from the bundled list (the most frequent entries of public
/// breach corpora, plus Dutch favourites). Only entries of 8 or more characters matter,
/// as shorter ones fail the length rule first.
enum CommonPasswords {
    static let list: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("common-passwords.txt is missing from the App bundle") }
        return Set(text.split(whereSeparator: \.isNewline).map { $0.lowercased() })
    }()
}
