import Foundation

/// Password rules per OWASP ASVS 5 (V6.2): at least 8 characters, at least 64 allowed, no
/// composition rules, and a refusal of passwords found in lists of commonly used ones.
struct PasswordPolicy: Sendable {
    static let minimumLength = 8
    static let maximumLength = 64

    let commonPasswords: Set<String>

    static let standard = PasswordPolicy(commonPasswords: CommonPasswords.list)

    func problems(password: String, username: String) -> [LocalizedText] {
        let length = password.count
        if length < Self.minimumLength {
            return [LocalizedText(nl: "Kies een wachtwoord van minstens 8 tekens.",
                                  en: "Choose a password of at least 8 characters.")]
        }
        if length > Self.maximumLength {
            return [LocalizedText(nl: "Kies een wachtwoord van hoogstens 64 tekens.",
                                  en: "Choose a password of at most 64 characters.")]
        }
        let lowered = password.lowercased()
        if commonPasswords.contains(lowered) || lowered == username.lowercased() {
            return [LocalizedText(nl: "Dit wachtwoord is te makkelijk te raden. Kies een ander wachtwoord, bijvoorbeeld een zin van een paar woorden.",
                                  en: "This password is too easy to guess. Choose another one, for example a sentence of a few words.")]
        }
        return []
    }
}
