/// An International Bank Account Number validated per ISO 13616: country code, two check
/// digits and a BBAN whose length is fixed per country; the mod-97 remainder must be 1.
public struct IBAN: Hashable, Sendable, CustomStringConvertible {
    /// Electronic format: upper case, no spaces.
    public let electronic: String

    public enum Problem: Error, Equatable, Sendable {
        case invalidCharacters, unknownCountry, wrongLength(expected: Int), wrongCheckDigits
    }

    /// Lengths for the SEPA countries, from the SWIFT IBAN registry. Payments in Plein go to
    /// SEPA accounts; other countries are refused rather than checked loosely.
    static let lengths: [String: Int] = [
        "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
        "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28,
        "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
        "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
        "VA": 22,
    ]

    public static func validate(_ text: some StringProtocol) -> Result<IBAN, Problem> {
        let compact = String(text.filter { $0 != " " }).uppercased()
        guard compact.count >= 4, compact.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) })
        else { return .failure(.invalidCharacters) }
        let country = String(compact.prefix(2))
        guard country.allSatisfy(\.isLetter), let length = lengths[country] else {
            return .failure(.unknownCountry)
        }
        guard compact.count == length else { return .failure(.wrongLength(expected: length)) }
        guard compact.dropFirst(2).prefix(2).allSatisfy(\.isASCIIDigit) else {
            return .failure(.wrongCheckDigits)
        }
        // Move the first four characters to the end, letters become 10…35, then mod 97,
        // computed digit by digit so no big integers are needed.
        let rearranged = compact.dropFirst(4) + compact.prefix(4)
        var remainder = 0
        for character in rearranged {
            let value = character.isNumber
                ? Int(String(character))!
                : Int(character.asciiValue! - Character("A").asciiValue!) + 10
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97
        }
        guard remainder == 1 else { return .failure(.wrongCheckDigits) }
        return .success(IBAN(electronic: compact))
    }

    public init?(_ text: some StringProtocol) {
        guard case .success(let iban) = IBAN.validate(text) else { return nil }
        self = iban
    }

    private init(electronic: String) { self.electronic = electronic }

    public var description: String { electronic }

    /// Groups of four, as printed on a bank card: "NL91 ABNA 0417 1643 00".
    public var printed: String {
        var result = ""
        for (index, character) in electronic.enumerated() {
            if index > 0 && index % 4 == 0 { result.append(" ") }
            result.append(character)
        }
        return result
    }
}
