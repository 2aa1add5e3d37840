import Foundation
import PleinDomain
import PleinRules

/// Where an adult of the synthetic population gets income from, and the amounts that go with
/// it. The figures are rough, for realistic screening loads, not statistics: gross yearly
/// incomes (toetsingsinkomen) around the Dutch modal income with a long right tail, net from
/// gross by an approximate average tax rate.
enum Inkomensbron {
    case werk
    /// WW, WIA or another benefit above bijstand level.
    case uitkering
    /// AOW with or without a supplementary pension.
    case aow
    /// The household receives bijstand: no other income but sometimes part-time work.
    case bijstand
    case geen

    func persoon(geboortedatum: Int32, peildatum: CivilDate, _ g: inout SplitMix64) -> BatchPersoon {
        switch self {
        case .werk:
            let bruto = Inkomensbron.lognormaal(mediaan: 40_000_00, spreiding: 0.55, &g)
                .clamped(8_000_00...300_000_00)
            let netto = Inkomensbron.netto(bruto)
            return BatchPersoon(geboortedatum: geboortedatum, toetsingsinkomen: Money(cents: bruto),
                                nettoInkomen: netto, nettoArbeidsinkomen: netto)
        case .uitkering:
            let bruto = Int64.random(in: 15_000_00...32_000_00, using: &g)
            return BatchPersoon(geboortedatum: geboortedatum, toetsingsinkomen: Money(cents: bruto),
                                nettoInkomen: Inkomensbron.netto(bruto), medischUrenbeperkt: g.kans(0.1))
        case .aow:
            let pensioen = g.kans(0.25) ? 0 : Inkomensbron.lognormaal(mediaan: 9_000_00, spreiding: 0.9, &g)
            let bruto = Int64.random(in: 16_500_00...19_500_00, using: &g) + min(pensioen, 150_000_00)
            return BatchPersoon(geboortedatum: geboortedatum, toetsingsinkomen: Money(cents: bruto),
                                nettoInkomen: Inkomensbron.netto(bruto))
        case .bijstand:
            // Part-time work next to bijstand, started within the last two years.
            let arbeid = g.kans(0.2) ? Money(cents: Int64.random(in: 150_00...900_00, using: &g)) : .zero
            let werktSinds = arbeid > .zero
                ? PackedDate.pack(peildatum.adding(months: -Int.random(in: 0...24, using: &g))) : PackedDate.geen
            return BatchPersoon(geboortedatum: geboortedatum,
                                toetsingsinkomen: Money(cents: Int64.random(in: 17_000_00...21_000_00, using: &g))
                                    + arbeid * 12,
                                nettoInkomen: arbeid, nettoArbeidsinkomen: arbeid, werktSinds: werktSinds,
                                medischUrenbeperkt: g.kans(0.05), geenOnderhoudOuders: g.kans(0.3))
        case .geen:
            return BatchPersoon(geboortedatum: geboortedatum)
        }
    }

    /// Net per month from gross per year at a rough average rate (tax credits make it low for
    /// low incomes).
    static func netto(_ brutoPerJaar: Int64) -> Money {
        let procent: Int64 = switch brutoPerJaar {
        case ..<20_000_00: 92
        case ..<40_000_00: 80
        case ..<70_000_00: 70
        default: 60
        }
        return Money(cents: brutoPerJaar / 12).multiplied(by: procent, dividedBy: 100)
    }

    /// A log-normal amount in cents: `mediaan` × e^(spreiding × N(0, 1)).
    static func lognormaal(mediaan: Int64, spreiding: Double, _ g: inout SplitMix64) -> Int64 {
        // Box–Muller: one standard normal draw from two uniform ones.
        let u = Double.random(in: Double.ulpOfOne..<1, using: &g)
        let v = Double.random(in: 0..<1, using: &g)
        let normaal = (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
        return Int64((Double(mediaan) * exp(spreiding * normaal)).rounded())
    }
}
