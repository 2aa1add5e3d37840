import PleinDomain

/// The value a trace step arrived at.
public enum TraceWaarde: Hashable, Sendable {
    case bedrag(Money)
    case aantal(Int)
    /// Percentage in hundredths of a percent (basis points): 1896 is 18.96 %; exact, like Money.
    case percentage(basisPoints: Int64)
    case janee(Bool)
    case datum(CivilDate)
    case tekst(String)

    /// Human-readable Dutch rendering, as shown in the trace.
    public var weergave: String {
        switch self {
        case .bedrag(let money): return money.formatted
        case .aantal(let count): return String(count)
        case .percentage(let bp):
            let whole = bp / 100, fraction = abs(bp % 100)
            return "\(whole)" + (fraction == 0 ? "" : "," + (fraction < 10 ? "0" : "") + "\(fraction)") + "%"
        case .janee(let value): return value ? "ja" : "nee"
        case .datum(let date): return date.dutchNotation
        case .tekst(let text): return text
        }
    }
}
