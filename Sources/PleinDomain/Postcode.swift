/// A Dutch postcode: four digits (the first not 0) and two letters, where the letter pairs
/// SA, SD and SS are never issued. Stored as "1234AB".
public struct Postcode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String

    public enum Problem: Error, Equatable, Sendable {
        case wrongFormat, unusedLetters
    }

    public static func validate(_ text: some StringProtocol) -> Result<Postcode, Problem> {
        let compact = String(text.filter { $0 != " " }).uppercased()
        guard compact.count == 6 else { return .failure(.wrongFormat) }
        let digits = compact.prefix(4), letters = compact.suffix(2)
        guard digits.allSatisfy(\.isASCIIDigit), digits.first != "0",
              letters.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return .failure(.wrongFormat) }
        guard !["SA", "SD", "SS"].contains(String(letters)) else { return .failure(.unusedLetters) }
        return .success(Postcode(value: compact))
    }

    public init?(_ text: some StringProtocol) {
        guard case .success(let postcode) = Postcode.validate(text) else { return nil }
        self = postcode
    }

    private init(value: String) { self.value = value }

    /// The four digits, which is what areas (wijken) are defined by.
    public var number: Int { Int(value.prefix(4))! }

    public var description: String { value }

    /// "1234 AB", as written on letters.
    public var printed: String { "\(value.prefix(4)) \(value.suffix(2))" }

    public static func < (lhs: Postcode, rhs: Postcode) -> Bool { lhs.value < rhs.value }
}
