import PleinDomain

/// A household's income in one month: net income of aanvrager and partner, bijstand and
/// each toeslag (per month).
public struct Inkomensopbouw: Hashable, Sendable {
    public struct Toeslag: Hashable, Sendable {
        public let code: String
        public let naam: String
        public let bedrag: Money
        /// False when the scheme could not decide (`Recht.onbekend`): the amount is then zero
        /// and the result says so in its assumptions.
        public let bekend: Bool
    }

    public var nettoInkomen: Money
    public var bijstand: Money
    public var bijstandBekend: Bool
    public var toeslagen: [Toeslag]

    public var totaal: Money { toeslagen.reduce(nettoInkomen + bijstand) { $0 + $1.bedrag } }
}
