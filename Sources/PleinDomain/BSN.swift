/// A burgerservicenummer: nine digits that pass the 11-proef
/// (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11, and not 0).
public struct BSN: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    public enum Problem: Error, Equatable, Sendable {
        case wrongLength, notDigits, failsElevenTest
    }

    /// Accepts spaces and dots as people type them ("123.456.782"); a BSN of eight digits
    /// gets its leading zero back, as the BRP allows.
    public static func validate(_ text: some StringProtocol) -> Result<BSN, Problem> {
        var compact = text.filter { $0 != " " && $0 != "." }
        guard compact.allSatisfy(\.isASCIIDigit) else { return .failure(.notDigits) }
        if compact.count == 8 { compact = "0" + compact }
        guard compact.count == 9 else { return .failure(.wrongLength) }
        let values = compact.map { Int(String($0))! }
        var sum = 0
        for (index, value) in values.enumerated() {
            sum += index == 8 ? -value : (9 - index) * value
        }
        guard sum != 0, sum % 11 == 0 else { return .failure(.failsElevenTest) }
        return .success(BSN(digits: String(compact)))
    }

    public init?(_ text: some StringProtocol) {
        guard case .success(let bsn) = BSN.validate(text) else { return nil }
        self = bsn
    }

    private init(digits: String) { self.digits = digits }

    public var description: String { digits }

    /// "1234.56.782" for display, so a professional can read it back on the phone.
    public var grouped: String {
        "\(digits.prefix(4)).\(digits.dropFirst(4).prefix(2)).\(digits.suffix(3))"
    }
}
