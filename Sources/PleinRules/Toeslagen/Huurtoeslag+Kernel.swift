import PleinDomain

extension Huurtoeslag {
    /// The decisions and arithmetic of `evaluate` on plain facts, without text or trace, for
    /// the batch kernel (allocation-free). `rekeninkomen` is the sum of `rekeninkomen(…)` over the
    /// household; `volwassenOfKind` whether anyone `teltVoorMaximaleHuurgrens`.
    static func kernel(leeftijdAanvrager: Int, woning: WoningSoort?, kaleHuur: Money, metPartner: Bool,
                       vermogen: Money?, personen: Int, volwassenOfKind: Bool, rekeninkomen: Money,
                       _ p: HuurtoeslagKernelParameters) -> KernelUitkomst {
        guard p.bekend else { return .onbekend }
        guard leeftijdAanvrager >= 18 else { return .nee }
        guard let woning else { return .onbekend }
        guard woning == .huur else { return .nee }
        guard kaleHuur > .zero else { return .onbekend }
        guard let vermogen else { return .onbekend }
        guard vermogen <= (metPartner ? p.vermogensgrensMetPartner : p.vermogensgrens) else { return .nee }

        let eenpersoons = personen == 1
        let verlaging = eenpersoons ? p.normhuurverlagingEenpersoons : p.normhuurverlagingMeerpersoons
        let subsidie = subsidie(
            rekenhuur: kaleHuur, basishuur: p.normhuur - verlaging - p.basishuurverlaging,
            kwaliteitskortingsgrens: p.kwaliteitskortingsgrens,
            aftoppingsgrens: personen <= 2 ? p.aftoppingsgrensEenOfTwee : p.aftoppingsgrensDrieOfMeer,
            maximaleHuurgrens: volwassenOfKind ? p.maximaleHuurgrens : p.maximaleHuurgrensJongeren,
            percentageTotAftoppingsgrens: p.percentageTotAftoppingsgrens,
            percentageBovenAftoppingsgrens: p.percentageBovenAftoppingsgrens)
        let afbouw: Money
        if let ijkpunt = eenpersoons ? p.minimumInkomensijkpuntEenpersoons : p.minimumInkomensijkpuntMeerpersoons {
            afbouw = Huurtoeslag.afbouw(
                rekeninkomen: rekeninkomen, minimumInkomensijkpunt: ijkpunt,
                afbouwpercentage: eenpersoons ? p.afbouwpercentageEenpersoons : p.afbouwpercentageMeerpersoons)
        } else if rekeninkomen <= (eenpersoons ? p.ijkpuntOphogingEenpersoons : p.ijkpuntOphogingMeerpersoons) {
            afbouw = .zero
        } else {
            return .onbekend
        }
        return .maandbedrag(max(.zero, subsidie - afbouw))
    }

    /// One person's part of the rekeninkomen: a child under 23 on 1 January counts only above
    /// the vrijstelling.
    static func rekeninkomen(toetsingsinkomen: Money, isKind: Bool, leeftijdOpJaarbegin: Int,
                             vrijstelling: Money) -> Money {
        isKind && leeftijdOpJaarbegin < 23 ? max(.zero, toetsingsinkomen - vrijstelling) : toetsingsinkomen
    }

    /// Whether a person makes the household use the general maximale huurgrens rather than the
    /// one for young people: 21 or older, or a child.
    static func teltVoorMaximaleHuurgrens(leeftijd: Int, isKind: Bool) -> Bool { leeftijd >= 21 || isKind }
}
