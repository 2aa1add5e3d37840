import PleinDomain

/// A statutory percentage, exact to a thousandth of a percent: the toeslagen state figures
/// such as 1,912% and 13,730% that basis points cannot hold. `duizendsten` is the percentage
/// times 1000, so 1912 is 1,912% and 96000 is 96%.
public struct Percentage: Hashable, Comparable, Sendable {
    public let duizendsten: Int64

    /// The denominator that turns `duizendsten` into a fraction: 1912 / 100_000 = 1,912%.
    static let noemer: Int64 = 100_000

    public init(duizendsten: Int64) { self.duizendsten = duizendsten }

    /// Whole percentages, as most articles state them: `Percentage(27)` is 27%.
    public init(_ procent: Int64) { self.duizendsten = procent * 1000 }

    /// The share of `bedrag`, rounded half away from zero to the cent.
    public func van(_ bedrag: Money) -> Money {
        bedrag.multiplied(by: duizendsten, dividedBy: Percentage.noemer)
    }

    /// "1,912%", "96%", "7,6%": the notation of the articles, without trailing zeros.
    public var weergave: String {
        let geheel = duizendsten / 1000
        var fractie = String(abs(duizendsten % 1000))
        while fractie.count < 3 { fractie = "0" + fractie }
        while fractie.last == "0" { fractie.removeLast() }
        return "\(geheel)" + (fractie.isEmpty ? "" : "," + fractie) + "%"
    }

    /// Basis points when exact; otherwise the text, so a trace never shows a rounded figure.
    public var traceWaarde: TraceWaarde {
        duizendsten % 10 == 0 ? .percentage(basisPoints: duizendsten / 10) : .tekst(weergave)
    }

    public static func < (lhs: Percentage, rhs: Percentage) -> Bool {
        lhs.duizendsten < rhs.duizendsten
    }
}

extension Percentage {
    /// `a` of `x` plus `b` of `y`, rounded once: a statute that adds two percentage terms
    /// (the normpremie of the zorgtoeslag) gets the cent its own arithmetic gives, not the
    /// sum of two roundings.
    static func som(_ a: Percentage, van x: Money, plus b: Percentage, van y: Money) -> Money {
        Money(cents: a.duizendsten * x.cents + b.duizendsten * y.cents)
            .multiplied(by: 1, dividedBy: noemer)
    }
}
