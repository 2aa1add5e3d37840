import PleinDomain
import PleinRules

/// A synthetic population for `plein screen --generate`: households with realistic types,
/// ages, incomes, rents and savings (see `Huishoudtype`, `Inkomensbron`, docs/screening.md).
/// Household `k` depends only on the seed and `k`, so any range can be generated on any core
/// and the file is the same for the same seed however it was split.
public struct PopulatieGenerator: Sendable {
    public let seed: UInt64
    /// The date the ages are counted to: persons are born up to this date.
    public let peildatum: CivilDate
    /// The gemeente column value every household gets.
    public let gemeente: UInt8

    public init(seed: UInt64, peildatum: CivilDate, gemeente: UInt8) {
        self.seed = seed
        self.peildatum = peildatum
        self.gemeente = gemeente
    }

    public func genereer(_ huishoudens: Range<Int>, into kolommen: inout HuishoudenKolommen) {
        for k in huishoudens { huishouden(k, into: &kolommen) }
    }

    private func huishouden(_ k: Int, into kolommen: inout HuishoudenKolommen) {
        // Mix the index so that neighbouring households get unrelated streams.
        var menger = SplitMix64(seed: seed ^ (UInt64(k) &* 0xD6E8_FEB8_6659_FD93))
        var g = SplitMix64(seed: menger.next())
        let type = Huishoudtype.trek(Int.random(in: 0..<1000, using: &g))
        let leeftijd = aanvragerLeeftijd(type, &g)
        let aow = leeftijd >= 67
        let bijstand = !aow && g.kans(type == .alleenstaandeOuder ? 0.15 : type == .paarMetKinderen ? 0.02 : 0.05)
        let bron: Inkomensbron = bijstand ? .bijstand : aow ? .aow : leeftijd < 21 && g.kans(0.6) ? .geen
            : g.kans(0.9) ? .werk : .uitkering
        let aanvrager = bron.persoon(geboortedatum: geboortedatum(leeftijd, &g), peildatum: peildatum, &g)

        var partner: BatchPersoon?
        if type == .paarZonderKinderen || type == .paarMetKinderen {
            let partnerLeeftijd = max(18, leeftijd + Int.random(in: -6...6, using: &g))
            let partnerBron: Inkomensbron = bijstand ? .bijstand : partnerLeeftijd >= 67 ? .aow
                : g.kans(0.75) ? .werk : g.kans(0.5) ? .uitkering : .geen
            partner = partnerBron.persoon(geboortedatum: geboortedatum(partnerLeeftijd, &g), peildatum: peildatum, &g)
        }
        if type == .paarMetKinderen || type == .alleenstaandeOuder {
            kinderen(ouderLeeftijd: leeftijd, opvang: !bijstand, &g, into: &kolommen)
        }
        if type == .kostendelers {
            for _ in 0..<(g.kans(0.8) ? 1 : 2) {
                let ouder = g.kans(0.5)
                let lidLeeftijd = ouder ? min(95, leeftijd + Int.random(in: 20...35, using: &g))
                                        : max(18, leeftijd + Int.random(in: -8...8, using: &g))
                kolommen.appendLid(BatchLid(
                    rol: .overig, geboortedatum: geboortedatum(lidLeeftijd, &g),
                    toetsingsinkomen: Money(cents: Int64.random(in: 0...45_000_00, using: &g)),
                    kostendelerUitzondering: lidLeeftijd < 30 && g.kans(0.3) ? .studiefinanciering : nil))
            }
        }

        let inkomen = aanvrager.toetsingsinkomen.cents + (partner?.toetsingsinkomen.cents ?? 0)
        let woning = woning(inkomen: inkomen, &g)
        kolommen.append(
            gemeente: gemeente, vermogen: vermogen(aow: aow, bijstand: bijstand, &g), woning: woning,
            kaleHuur: woning == .huur ? kaleHuur(inkomen: inkomen, &g) : .zero,
            // Most rented flats charge some service costs; houses often none.
            servicekosten: woning == .huur && g.kans(0.6) ? Money(cents: Int64.random(in: 5_00...80_00, using: &g)) : .zero,
            overwaarde: woning == .koop && g.kans(0.9)
                ? Money(cents: g.kans(0.05) ? -Int64.random(in: 0...30_000_00, using: &g)
                                            : Inkomensbron.lognormaal(mediaan: 180_000_00, spreiding: 0.8, &g))
                : nil,
            maandenLaagInkomen: bijstand ? Int.random(in: 0...120, using: &g) : nil,
            gemeentelijkeBelastingen: Money(cents: Int64.random(in: 350_00...1_100_00, using: &g)),
            aanvrager: aanvrager, partner: partner)
    }

    private func aanvragerLeeftijd(_ type: Huishoudtype, _ g: inout SplitMix64) -> Int {
        switch type {
        case .alleenstaand:
            // Many one-person households are young adults or elderly.
            return g.kans(0.3) ? Int.random(in: 18...34, using: &g)
                : g.kans(0.5) ? Int.random(in: 35...66, using: &g) : Int.random(in: 67...98, using: &g)
        case .paarZonderKinderen:
            return g.kans(0.3) ? Int.random(in: 20...34, using: &g)
                : g.kans(0.5) ? Int.random(in: 35...66, using: &g) : Int.random(in: 67...92, using: &g)
        case .paarMetKinderen: return Int.random(in: 23...60, using: &g)
        case .alleenstaandeOuder: return Int.random(in: 19...60, using: &g)
        case .kostendelers: return Int.random(in: 18...75, using: &g)
        }
    }

    private func kinderen(ouderLeeftijd: Int, opvang: Bool, _ g: inout SplitMix64, into kolommen: inout HuishoudenKolommen) {
        let aantal = g.kans(0.4) ? 1 : g.kans(0.7) ? 2 : g.kans(0.72) ? 3 : Int.random(in: 4...6, using: &g)
        // Children are born when the parent is 18 to 45; a few adult children still live at home.
        let oudste = max(0, min(ouderLeeftijd - 18, g.kans(0.03) ? 35 : 24))
        let jongste = max(0, ouderLeeftijd - 45)
        for _ in 0..<aantal {
            let leeftijd = Int.random(in: min(jongste, oudste)...oudste, using: &g)
            var kinderopvang: Kinderopvang?
            if opvang && leeftijd < 13 && g.kans(0.35) {
                kinderopvang = leeftijd < 4
                    ? Kinderopvang(soort: g.kans(0.85) ? .dagopvang : .gastouderopvang,
                                   urenPerMaand: 4 * Int.random(in: 15...35, using: &g),
                                   uurprijs: Money(cents: Int64.random(in: 9_50...12_75, using: &g)))
                    : Kinderopvang(soort: g.kans(0.9) ? .buitenschoolseOpvang : .gastouderopvang,
                                   urenPerMaand: 4 * Int.random(in: 5...15, using: &g),
                                   uurprijs: Money(cents: Int64.random(in: 8_25...11_25, using: &g)))
            }
            kolommen.appendLid(BatchLid(
                rol: .kind, geboortedatum: geboortedatum(leeftijd, &g),
                toetsingsinkomen: leeftijd >= 16 && g.kans(0.5) ? Money(cents: Int64.random(in: 0...16_000_00, using: &g))
                                                                : .zero,
                kinderopvang: kinderopvang))
        }
    }

    /// Renting is more common at lower incomes; a few households have no dwelling of their own.
    private func woning(inkomen: Int64, _ g: inout SplitMix64) -> WoningSoort {
        if g.kans(0.015) { return .geen }
        let huur = inkomen < 30_000_00 ? 0.75 : inkomen < 60_000_00 ? 0.45 : 0.2
        return g.kans(huur) ? .huur : .koop
    }

    /// Social housing for most low incomes, private rents above.
    private func kaleHuur(inkomen: Int64, _ g: inout SplitMix64) -> Money {
        let sociaal = g.kans(inkomen < 45_000_00 ? 0.85 : 0.4)
        return Money(cents: sociaal ? Int64.random(in: 420_00...900_00, using: &g)
                                    : Int64.random(in: 800_00...1_650_00, using: &g))
    }

    private func vermogen(aow: Bool, bijstand: Bool, _ g: inout SplitMix64) -> Money? {
        if g.kans(0.02) { return nil }
        if g.kans(0.06) { return Money(cents: -Int64.random(in: 0...25_000_00, using: &g)) }
        if bijstand { return Money(cents: Int64.random(in: 0...(g.kans(0.9) ? 6_000_00 : 25_000_00), using: &g)) }
        return Money(cents: Inkomensbron.lognormaal(mediaan: aow ? 55_000_00 : 22_000_00, spreiding: 1.3, &g))
    }

    /// A birth date `leeftijd` whole years before the peildatum, on a random day of that year
    /// of life.
    private func geboortedatum(_ leeftijd: Int, _ g: inout SplitMix64) -> Int32 {
        PackedDate.pack(peildatum.adding(years: -leeftijd).adding(days: -Int.random(in: 0...364, using: &g)))
    }
}
