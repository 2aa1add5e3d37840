import PleinDomain

/// The job a resident considers: who takes it, from when, and what it pays net.
public struct WerkScenario: Hashable, Sendable {
    public enum Loon: Hashable, Sendable {
        /// Hours per week (in quarter hours, so 22,5 hours is exact) × a net hourly wage.
        case perUur(kwartierenPerWeek: Int, nettoUurloon: Money)
        case nettoPerMaand(Money)
    }

    /// `.aanvrager` or `.partner`.
    public var rol: Rol
    public var loon: Loon
    /// Gross yearly wage, which raises the toetsingsinkomen for the toeslagen (Awir art. 8).
    /// Nil: estimated as 12 × the net monthly wage — an underestimate, stated in the result.
    public var brutoPerJaar: Money?
    /// First day of work; nil: the peildatum.
    public var startdatum: CivilDate?

    public init(rol: Rol = .aanvrager, loon: Loon, brutoPerJaar: Money? = nil, startdatum: CivilDate? = nil) {
        self.rol = rol
        self.loon = loon
        self.brutoPerJaar = brutoPerJaar
        self.startdatum = startdatum
    }

    /// The highest net hourly wage taken: far above any real wage, and low enough that
    /// quarter hours × 52 × the wage stays well within Int64 (a wage of ten trillion euro
    /// overflowed and stopped the server). Readers refuse a higher one, naming the field.
    public static let hoogsteUurloon = Money(cents: 1_000_000)

    /// Hours rounded to the nearest quarter hour.
    public static func kwartieren(urenPerWeek: Double) -> Int { Int((urenPerWeek * 4).rounded()) }

    /// Net wage per month: for an hourly wage, weekly pay × 52 weeks / 12 months.
    public var nettoPerMaand: Money {
        switch loon {
        case .perUur(let kwartieren, let uurloon):
            return uurloon.multiplied(by: Int64(kwartieren) * 52, dividedBy: 4 * 12)
        case .nettoPerMaand(let bedrag):
            return bedrag
        }
    }
}
