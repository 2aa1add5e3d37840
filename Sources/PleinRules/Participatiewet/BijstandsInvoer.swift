import PleinDomain

/// The household reduced to what the bijstand computation reads, as plain values.
public struct BijstandsInvoer: Hashable, Sendable {
    public var aanvrager: BijstandsPersoon
    public var partner: BijstandsPersoon?
    /// Children under 18 of the aanvrager or partner (ten laste komende kinderen, art. 4).
    public var kinderenOnder18: Int
    /// Whether one of them is under 12 (art. 31 lid 2 sub r).
    public var kindOnder12: Bool
    /// Kostendelende medebewoners (art. 19a).
    public var kostendelers: Int
    /// Household vermogen excluding the own home; nil when unknown.
    public var vermogen: Money?
    /// Vermogen in the own home (overwaarde); zero without an owner-occupied home, nil when
    /// the household owns its home but the value is unknown.
    public var eigenWoningVermogen: Money?

    public init(aanvrager: BijstandsPersoon, partner: BijstandsPersoon? = nil, kinderenOnder18: Int = 0,
                kindOnder12: Bool = false, kostendelers: Int = 0, vermogen: Money? = .zero,
                eigenWoningVermogen: Money? = .zero) {
        self.aanvrager = aanvrager
        self.partner = partner
        self.kinderenOnder18 = kinderenOnder18
        self.kindOnder12 = kindOnder12
        self.kostendelers = kostendelers
        self.vermogen = vermogen
        self.eigenWoningVermogen = eigenWoningVermogen
    }

    /// Reads the household on `peildatum`. Children count as ten laste komend when under 18
    /// (the input does not record kinderbijslag; documented default). Adults other than the
    /// partner count as kostendeler from the statutory minimum age unless an exception is set.
    public init(_ huishouden: Huishouden, op peildatum: CivilDate, parameters: ParticipatiewetParameters) {
        var aanvrager = BijstandsPersoon(leeftijd: 0, aowLeeftijdBereikt: false)
        var partner: BijstandsPersoon?
        var kinderen = 0, kindOnder12 = false, kostendelers = 0
        for persoon in huishouden.personen {
            let leeftijd = persoon.leeftijd(op: peildatum)
            switch persoon.rol {
            case .aanvrager: aanvrager = BijstandsPersoon(persoon, op: peildatum)
            case .partner: partner = BijstandsPersoon(persoon, op: peildatum)
            case .kind where leeftijd < 18:
                kinderen += 1
                if leeftijd < 12 { kindOnder12 = true }
            case .kind, .overig:
                if leeftijd >= parameters.kostendelerMinimumleeftijd,
                   persoon.kostendelerUitzondering == nil { kostendelers += 1 }
            }
        }
        let eigenWoning: Money?
        if let woning = huishouden.woning, woning.soort == .koop {
            eigenWoning = woning.overwaarde
        } else {
            eigenWoning = .zero
        }
        self.init(aanvrager: aanvrager, partner: partner, kinderenOnder18: kinderen,
                  kindOnder12: kindOnder12, kostendelers: kostendelers,
                  vermogen: huishouden.vermogen, eigenWoningVermogen: eigenWoning)
    }

    public var leefvorm: Leefvorm {
        if partner != nil { return .gehuwden }
        return kinderenOnder18 > 0 ? .alleenstaandeOuder : .alleenstaande
    }
}
