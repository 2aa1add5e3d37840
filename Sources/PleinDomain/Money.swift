/// An amount of euro in integer cents. Amounts in law are stated in euro and cents; keeping
/// cents as integers makes every sum exact and every rounding an explicit, documented step.
///
/// The arithmetic is `@inlinable`: the rules engine and its batch kernel live in other modules
/// and do this per household, where a call and a lazy global per operation would dominate.
@frozen
public struct Money: Hashable, Comparable, Sendable, Codable {
    public var cents: Int64

    @inlinable public init(cents: Int64) { self.cents = cents }

    @inlinable public init(euros: Int64) { self.cents = euros * 100 }

    @inlinable public static var zero: Money { Money(cents: 0) }

    /// Parses "1234", "1234.5", "1234,56", "-3.10" (dot or comma as decimal separator,
    /// at most two decimals), with or without "€", and "€ 1.234,56" — Dutch notation as Plein writes amounts, where
    /// the comma makes the dots thousands separators. "1.234" alone is refused: a dot
    /// followed by three digits may be either.
    public init?(parsing text: some StringProtocol) {
        var s = Substring(text).trimmingSpaces()
        if s.first == "€" { s = s.dropFirst().trimmingSpaces() } else if s.last == "€" { s = s.dropLast().trimmingSpaces() }
        guard !s.isEmpty else { return nil }
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() }
        if let comma = s.firstIndex(of: ","), s[..<comma].contains(".") {
            // Every group after the first has exactly three digits: "1.25,00" is no amount.
            let groups = s[..<comma].split(separator: ".", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            s = Substring(groups.joined() + s[comma...])
        }
        let parts = s.split(separator: s.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
              parts[0].count <= 15
        else { return nil }
        var cents = Int64(parts[0])! * 100
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            cents += Int64(fraction)! * (fraction.count == 1 ? 10 : 1)
        }
        self.cents = negative ? -cents : cents
    }

    /// Euro as a Double, for JSON numbers with cents. Exact for every amount below 2^53 cents.
    public var euros: Double { Double(cents) / 100 }

    /// From a JSON number in euro, rounded half away from zero to the cent.
    public init(euros value: Double) {
        self.cents = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
    }

    /// "1.234,56" — Dutch notation without the currency sign.
    public var dutchNotation: String { text(euroSign: false) }

    /// "€ 1.234,56"
    public var formatted: String { text(euroSign: true) }

    private func text(euroSign: Bool) -> String {
        // "€ -184.467.440.737.095.516,15" is the longest: 33 bytes.
        ShortText.make(capacity: 40) { text in
            let absolute = cents.magnitude
            text.prepend(digitsOf: absolute % 100, width: 2)
            text.prepend(UInt8(ascii: ","))
            var whole = absolute / 100
            while whole >= 1000 {
                text.prepend(digitsOf: whole % 1000, width: 3)
                text.prepend(UInt8(ascii: "."))
                whole /= 1000
            }
            text.prepend(digitsOf: whole)
            if cents < 0 { text.prepend(UInt8(ascii: "-")) }
            if euroSign {
                // "€ " in UTF-8, back to front.
                text.prepend(UInt8(ascii: " "))
                text.prepend(0xAC)
                text.prepend(0x82)
                text.prepend(0xE2)
            }
        }
    }

    @inlinable public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    @inlinable public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    @inlinable public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    @inlinable public static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
    @inlinable public static func -= (lhs: inout Money, rhs: Money) { lhs.cents -= rhs.cents }
    @inlinable public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }
    @inlinable public static func * (lhs: Money, rhs: Int64) -> Money { Money(cents: lhs.cents * rhs) }

    /// Multiplies by a fraction `numerator / denominator`, rounding half away from zero to
    /// the cent — the rounding the statutes use when they say "afgerond op hele centen".
    @inlinable @inline(__always)
    public func multiplied(by numerator: Int64, dividedBy denominator: Int64) -> Money {
        precondition(denominator > 0)
        let product = cents * numerator
        let quotient = product / denominator
        let remainder = product % denominator
        if 2 * remainder.magnitude >= denominator.magnitude {
            return Money(cents: quotient + (product < 0 ? -1 : 1))
        }
        return Money(cents: quotient)
    }

    @inlinable public func clamped(min lower: Money) -> Money { Swift.max(self, lower) }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return s
    }
}
