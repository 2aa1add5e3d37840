import PleinDomain
@testable import PleinRules

/// Random households for property tests, drawn to hit the rules' edges rather than to look
/// like a population: ages on and around the birthdays that matter (12, 16, 18, 21, 23, 27,
/// AOW age), amounts on and around the limits, every optional fact sometimes missing.
enum ProefHuishoudens {
    /// Peildata across the supported period: the half-yearly dates and days in between.
    static let peildata: [CivilDate] = [
        .ymd(2025, 1, 1), .ymd(2025, 3, 15), .ymd(2025, 7, 1), .ymd(2026, 1, 1), .ymd(2026, 2, 28),
        .ymd(2026, 7, 1), .ymd(2026, 12, 31),
    ]

    private static let randleeftijden = [0, 1, 4, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 26, 27, 28,
                                         45, 64, 65, 66, 67, 68, 70, 85]

    static func huishouden(op peildatum: CivilDate, gemeente: String?, _ g: inout SplitMix64) -> Huishouden {
        var personen = [volwassene(.aanvrager, minimum: 16, peildatum, &g)]
        if g.kans(0.45) { personen.append(volwassene(.partner, minimum: 16, peildatum, &g)) }
        for _ in 0..<g.uit([0, 0, 0, 1, 1, 2, 2, 3, 5]) {
            let geboortedatum = geboortedatum(leeftijd: g.kans(0.8) ? Int.random(in: 0...17, using: &g)
                                                                   : g.uit(randleeftijden), peildatum, &g)
            personen.append(Persoon(rol: .kind, geboortedatum: geboortedatum,
                                    toetsingsinkomen: g.kans(0.8) ? .zero : bedrag(0...30_000, &g),
                                    kostendelerUitzondering: g.kans(0.1) ? g.uit(KostendelerUitzondering.allCases) : nil,
                                    kinderopvang: g.kans(0.35) ? kinderopvang(&g) : nil))
        }
        for _ in 0..<g.uit([0, 0, 0, 0, 1, 2]) {
            personen.append(Persoon(rol: .overig, geboortedatum: geboortedatum(leeftijd: Int.random(in: 16...90, using: &g),
                                                                                peildatum, &g),
                                    toetsingsinkomen: bedrag(0...40_000, &g),
                                    kostendelerUitzondering: g.kans(0.3) ? g.uit(KostendelerUitzondering.allCases) : nil))
        }
        personen.shuffle(using: &g)
        return Huishouden(peildatum: peildatum, personen: personen, vermogen: vermogen(&g), woning: woning(&g),
                          gemeente: gemeente, maandenLaagInkomen: g.kans(0.2) ? nil : Int.random(in: 0...60, using: &g),
                          gemeentelijkeBelastingenPerJaar: g.kans(0.3) ? nil : bedrag(0...1_500, &g))
    }

    private static func volwassene(_ rol: Rol, minimum: Int, _ peildatum: CivilDate, _ g: inout SplitMix64) -> Persoon {
        let leeftijd = g.kans(0.5) ? Int.random(in: minimum...95, using: &g) : max(minimum, g.uit(randleeftijden))
        let netto = g.kans(0.3) ? Money.zero : bedrag(0...3_500, &g)
        let arbeid = g.kans(0.5) ? Money.zero : netto.multiplied(by: Int64.random(in: 0...100, using: &g), dividedBy: 100)
        return Persoon(rol: rol, geboortedatum: geboortedatum(leeftijd: leeftijd, peildatum, &g),
                       toetsingsinkomen: g.kans(0.05) ? -bedrag(0...5_000, &g)
                           : g.kans(0.1) ? Money(cents: g.uit(huurtoeslagInkomens)) : bedrag(0...90_000, &g),
                       nettoInkomenPerMaand: netto, nettoArbeidsinkomenPerMaand: arbeid,
                       werktSinds: g.kans(0.5) ? nil : peildatum.adding(months: -Int.random(in: -2...40, using: &g)),
                       medischUrenbeperkt: g.kans(0.15), geenOnderhoudOuders: g.kans(0.3))
    }

    /// A birth date `leeftijd` years before the peildatum, often exactly on the birthday or a
    /// day beside it, never after the peildatum.
    private static func geboortedatum(leeftijd: Int, _ peildatum: CivilDate, _ g: inout SplitMix64) -> CivilDate {
        let verjaardag = peildatum.adding(years: -leeftijd)
        let dagen = g.kans(0.5) ? g.uit([-1, 0, 1]) : Int.random(in: -364...0, using: &g)
        return min(verjaardag.adding(days: dagen), peildatum)
    }

    /// The huurtoeslag's minimum-inkomensijkpunten of 2025 and 2026, and a cent above.
    private static let huurtoeslagInkomens: [Int64] = [22_700_00, 22_700_01, 23_425_00, 23_425_01, 30_450_00, 30_450_01,
                                                       31_500_00, 31_500_01]

    private static func vermogen(_ g: inout SplitMix64) -> Money? {
        if g.kans(0.1) { return nil }
        if g.kans(0.3) {
            return Money(cents: g.uit([0, 7_770_00, 7_770_01, 8_000_00, 8_000_01, 15_540_00, 16_000_00, 16_000_01,
                                       37_395_00, 37_395_01, 38_479_00, 38_479_01, 74_790_00, 74_790_01,
                                       76_958_00, 76_958_01, 160_000_00]))
        }
        return g.kans(0.05) ? -bedrag(0...20_000, &g) : bedrag(0...60_000, &g)
    }

    private static func woning(_ g: inout SplitMix64) -> Woning? {
        switch Int.random(in: 0..<20, using: &g) {
        case 0: return nil
        case 1...10:
            if g.kans(0.25) {
                // Around the maximale huurgrenzen of 2025 (with servicekosten) and 2026.
                return Woning(soort: .huur, kaleHuur: Money(cents: g.uit([452_20, 477_20, 477_21, 875_07, 900_07, 900_08,
                                                                          932_93, 932_94])),
                              servicekosten: Money(cents: g.uit([0, 1, 25_00, 48_00, 60_00])))
            }
            return Woning(soort: .huur, kaleHuur: g.kans(0.05) ? .zero : bedrag(150...1_500, &g),
                          servicekosten: bedrag(0...80, &g))
        case 11...17:
            let overwaarde: Money? = g.kans(0.15) ? nil
                : g.kans(0.2) ? Money(cents: g.uit([0, 65_500_00, 67_500_00, 67_500_01])) : bedrag(0...200_000, &g)
            return Woning(soort: .koop, overwaarde: overwaarde)
        default: return Woning(soort: .geen)
        }
    }

    private static func kinderopvang(_ g: inout SplitMix64) -> Kinderopvang {
        Kinderopvang(soort: g.uit(KinderopvangSoort.allCases), urenPerMaand: g.uit([0, 40, 80, 100, 100, 230, 250]),
                     uurprijs: Money(cents: Int64.random(in: 500...1_400, using: &g)))
    }

    private static func bedrag(_ euros: ClosedRange<Int64>, _ g: inout SplitMix64) -> Money {
        Money(cents: Int64.random(in: euros.lowerBound * 100...euros.upperBound * 100, using: &g))
    }
}
