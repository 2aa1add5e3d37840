import PleinDomain

extension Huurtoeslag {
    /// The decisions and arithmetic of `evaluate` on plain facts, without text or trace, for
    /// the batch kernel (allocation-free). `rekeninkomen` is the sum of `rekeninkomen(…)` over the
    /// household; `volwassenOfKind` whether anyone `teltVoorMaximaleHuurgrens`.
    static func kernel(leeftijdAanvrager: Int, woning: WoningSoort?, kaleHuur: Money, servicekosten: Money,
                       metPartner: Bool, vermogen: Money?, personen: Int, volwassenOfKind: Bool,
                       rekeninkomen: Money, _ p: HuurtoeslagKernelParameters) -> KernelUitkomst {
        guard leeftijdAanvrager >= 18 else { return .nee }
        guard let woning else { return .onbekend }
        guard woning == .huur else { return .nee }
        guard kaleHuur > .zero else { return .onbekend }
        guard let vermogen else { return .onbekend }
        guard vermogen <= (metPartner ? p.vermogensgrensMetPartner : p.vermogensgrens) else { return .nee }

        let eenpersoons = personen == 1
        let maximaleHuurgrens = volwassenOfKind ? p.maximaleHuurgrens : p.maximaleHuurgrensJongeren
        let ijkpunt = eenpersoons ? p.minimumInkomensijkpuntEenpersoons : p.minimumInkomensijkpuntMeerpersoons
        let verlaging = eenpersoons ? p.normhuurverlagingEenpersoons : p.normhuurverlagingMeerpersoons
        let rekenhuur: Money
        let normhuur: Money
        if p.normhuurformule {
            rekenhuur = kaleHuur + subsidiabeleServicekosten(servicekosten, perSoort: p.servicekostenPerSoort)
            guard rekenhuur <= maximaleHuurgrens else { return personen < grootHuishouden ? .nee : .onbekend }
            normhuur = rekeninkomen <= ijkpunt
                ? p.normhuur - verlaging
                : Huurtoeslag.normhuur(rekeninkomen: rekeninkomen,
                                       a: eenpersoons ? p.factorAEenpersoons : p.factorAMeerpersoons,
                                       b: eenpersoons ? p.factorBEenpersoons : p.factorBMeerpersoons)
        } else {
            rekenhuur = kaleHuur
            normhuur = p.normhuur - verlaging
        }
        let subsidie = subsidie(
            rekenhuur: rekenhuur, basishuur: normhuur - p.basishuurverlaging,
            kwaliteitskortingsgrens: p.kwaliteitskortingsgrens,
            aftoppingsgrens: personen <= 2 ? p.aftoppingsgrensEenOfTwee : p.aftoppingsgrensDrieOfMeer,
            maximaleHuurgrens: maximaleHuurgrens,
            percentageTotAftoppingsgrens: p.percentageTotAftoppingsgrens,
            percentageBovenAftoppingsgrens: p.percentageBovenAftoppingsgrens)
        guard !p.normhuurformule else { return .maandbedrag(subsidie) }
        let afbouw = Huurtoeslag.afbouw(
            rekeninkomen: rekeninkomen, minimumInkomensijkpunt: ijkpunt,
            afbouwpercentage: eenpersoons ? p.afbouwpercentageEenpersoons : p.afbouwpercentageMeerpersoons)
        return .maandbedrag(max(.zero, subsidie - afbouw))
    }

    /// One person's part of the rekeninkomen: a child under 23 on 1 January counts only above
    /// the vrijstelling (Awir art. 7 lid 6).
    static func rekeninkomen(toetsingsinkomen: Money, isKind: Bool, leeftijdOpJaarbegin: Int,
                             vrijstelling: Money) -> Money {
        isKind && leeftijdOpJaarbegin < 23 ? max(.zero, toetsingsinkomen - vrijstelling) : toetsingsinkomen
    }

    /// Whether a person makes the household use the general maximale huurgrens rather than the
    /// one for young people: `leeftijdJongeren` or older, or a child (art. 13 lid 1 sub a).
    static func teltVoorMaximaleHuurgrens(leeftijd: Int, isKind: Bool, leeftijdJongeren: Int) -> Bool {
        leeftijd >= leeftijdJongeren || isKind
    }
}
