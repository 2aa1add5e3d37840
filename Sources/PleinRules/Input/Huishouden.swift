import PleinDomain

/// The household whose rights are checked, on one peildatum.
public struct Huishouden: Hashable, Sendable {
    public var peildatum: CivilDate
    public var personen: [Persoon]
    /// Household vermogen in euro (savings, investments, car above its exemption…), excluding
    /// the own home, which is `woning.overwaarde`. Nil when unknown: schemes with a vermogen
    /// test then answer "unknown" and ask for it.
    public var vermogen: Money?
    /// Nil when unknown.
    public var woning: Woning?
    /// Municipality code (e.g. "voorbeeld") selecting the local schemes; nil: none.
    public var gemeente: String?
    /// How many months the household's income has been at bijstand level without prospect of
    /// improvement (individuele inkomenstoeslag, Participatiewet art. 36). Nil when unknown.
    public var maandenLaagInkomen: Int?
    /// Municipal taxes (OZB, afvalstoffenheffing, rioolheffing) per year, for the
    /// kwijtschelding advice. Nil when unknown.
    public var gemeentelijkeBelastingenPerJaar: Money?

    public init(peildatum: CivilDate, personen: [Persoon], vermogen: Money? = nil,
                woning: Woning? = nil, gemeente: String? = nil, maandenLaagInkomen: Int? = nil,
                gemeentelijkeBelastingenPerJaar: Money? = nil) {
        self.peildatum = peildatum
        self.personen = personen
        self.vermogen = vermogen
        self.woning = woning
        self.gemeente = gemeente
        self.maandenLaagInkomen = maandenLaagInkomen
        self.gemeentelijkeBelastingenPerJaar = gemeentelijkeBelastingenPerJaar
    }

    public var aanvrager: Persoon? { personen.first { $0.rol == .aanvrager } }
    public var partner: Persoon? { personen.first { $0.rol == .partner } }
    public var kinderen: [Persoon] { personen.filter { $0.rol == .kind } }
    public var heeftPartner: Bool { personen.contains { $0.rol == .partner } }

    /// Children under 18 of the aanvrager or partner (ten laste komende kinderen,
    /// Participatiewet art. 4 lid 1 sub c).
    public var aantalMinderjarigeKinderen: Int {
        personen.reduce(0) { $0 + ($1.rol == .kind && $1.leeftijd(op: peildatum) < 18 ? 1 : 0) }
    }
}
