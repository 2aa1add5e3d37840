import PleinDomain

/// One person in the household. Only `rol` and `geboortedatum` are required; the other facts
/// have the defaults documented per property (and in docs/schemas/huishouden.schema.json).
public struct Persoon: Hashable, Sendable {
    public var rol: Rol
    public var geboortedatum: CivilDate
    /// Toetsingsinkomen for the toeslagen (Awir art. 8), euro per year. Default 0.
    public var toetsingsinkomen: Money
    /// Net income per month (wage, benefit, alimony…), as the Participatiewet counts it
    /// (art. 32). Default 0.
    public var nettoInkomenPerMaand: Money
    /// The part of `nettoInkomenPerMaand` earned by work; only that part can be exempted
    /// (art. 31 lid 2 sub n, r, y; art. 34a). Default 0: without it no earnings exemption is
    /// applied, so the outcome never overstates bijstand.
    public var nettoArbeidsinkomenPerMaand: Money
    /// The date the current work started, for the time-limited exemptions. Default: the
    /// peildatum (work that starts now, so the full exemption period lies ahead).
    public var werktSinds: CivilDate?
    /// Has a medically established reduced capacity to work hours (art. 31 lid 2 sub y,
    /// art. 34a lid 1 sub b). Default false.
    public var medischUrenbeperkt: Bool
    /// An 18–20-year-old who cannot rely on the parents for maintenance (art. 20 lid 3, from
    /// 2026). Default false: the lower youth norm, so the outcome never overstates bijstand.
    public var geenOnderhoudOuders: Bool
    /// Set when an adult in the dwelling is not a kostendeler (art. 19a lid 1).
    public var kostendelerUitzondering: KostendelerUitzondering?
    /// Childcare for this child (kinderopvangtoeslag); only meaningful for `rol == .kind`.
    public var kinderopvang: Kinderopvang?

    public init(rol: Rol, geboortedatum: CivilDate, toetsingsinkomen: Money = .zero,
                nettoInkomenPerMaand: Money = .zero, nettoArbeidsinkomenPerMaand: Money = .zero,
                werktSinds: CivilDate? = nil, medischUrenbeperkt: Bool = false,
                geenOnderhoudOuders: Bool = false,
                kostendelerUitzondering: KostendelerUitzondering? = nil,
                kinderopvang: Kinderopvang? = nil) {
        self.rol = rol
        self.geboortedatum = geboortedatum
        self.toetsingsinkomen = toetsingsinkomen
        self.nettoInkomenPerMaand = nettoInkomenPerMaand
        self.nettoArbeidsinkomenPerMaand = nettoArbeidsinkomenPerMaand
        self.werktSinds = werktSinds
        self.medischUrenbeperkt = medischUrenbeperkt
        self.geenOnderhoudOuders = geenOnderhoudOuders
        self.kostendelerUitzondering = kostendelerUitzondering
        self.kinderopvang = kinderopvang
    }

    public func leeftijd(op peildatum: CivilDate) -> Int { geboortedatum.age(on: peildatum) }
}
