import Foundation
import PleinDomain
@testable import PleinRules
import Testing

/// Households without a dwelling, so only bijstand and zorgtoeslag change with the job.
struct WerkenLoontTests {
    typealias H = Huishoudens

    @Test func vrijlatingPerMaandArtikel34a() throws {
        let d = CivilDate.ymd(2026, 1, 1)
        let h = H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 35, op: d)], woning: nil)
        let werk = WerkScenario(loon: .nettoPerMaand(Money(cents: 800_00)))
        let r = try WerkenLoont().bereken(h, werk: werk)
        #expect(r.maanden.count == 12)
        let eerste = r.maanden[0]
        // Without work: bijstand 1.401,50. With € 800 work: 15% (120) not offset → bijstand 721,50.
        #expect(eerste.huidig.bijstand == Money(cents: 1401_50))
        #expect(eerste.metWerk.bijstand == Money(cents: 721_50))
        #expect(eerste.metWerk.nettoInkomen == Money(cents: 800_00))
        // All twelve months lie within the 12-month period of art. 34a.
        #expect(r.maanden.allSatisfy { $0.metWerk.bijstand == Money(cents: 721_50) || $0.maand >= .ymd(2026, 7, 1) })
        // From July 2026 the norm is 1.419,46: bijstand 739,46.
        #expect(r.maanden[6].metWerk.bijstand == Money(cents: 739_46))
        #expect(r.maanden[6].parametersOp == .ymd(2026, 7, 1))
    }

    @Test func vrijlatingStoptNaZesMaandenArtikel31() throws {
        let d = CivilDate.ymd(2025, 7, 1)
        let h = H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 35, op: d)], woning: nil)
        let r = try WerkenLoont().bereken(h, werk: WerkScenario(loon: .nettoPerMaand(Money(cents: 800_00))))
        // July–December 2025: 25% of 800 = 200 exempt → bijstand 1.369,06 − 600 = 769,06.
        #expect(r.maanden[0].metWerk.bijstand == Money(cents: 769_06))
        #expect(r.maanden[5].metWerk.bijstand == Money(cents: 769_06))
        // January 2026: the art. 34a regime and month 7 of 12 → 15% → 1.401,50 − 680 = 721,50.
        #expect(r.maanden[6].metWerk.bijstand == Money(cents: 721_50))
        #expect(r.maanden.allSatisfy { $0.verschil > .zero })
    }

    @Test func maandenNaDeOndersteundePeriodeNoemenHunParameters() throws {
        let d = CivilDate.ymd(2026, 7, 1)
        let h = H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 35, op: d)], woning: nil)
        let r = try WerkenLoont().bereken(h, werk: WerkScenario(loon: .perUur(kwartierenPerWeek: 80, nettoUurloon: Money(cents: 12_00))))
        #expect(r.nettoLoonPerMaand == Money(cents: 1040_00))
        #expect(r.maanden[6].maand == .ymd(2027, 1, 1))
        #expect(r.maanden[6].parametersOp == .ymd(2026, 12, 1))
        #expect(r.aannames.contains { $0.contains("31-12-2026") })
    }

    @Test func startdatumInDeToekomst() throws {
        let d = CivilDate.ymd(2026, 1, 1)
        let h = H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 35, op: d)], woning: nil)
        let werk = WerkScenario(loon: .nettoPerMaand(Money(cents: 500_00)), startdatum: .ymd(2026, 3, 1))
        let r = try WerkenLoont().bereken(h, werk: werk)
        #expect(r.maanden[0].verschil == .zero)
        #expect(r.maanden[1].verschil == .zero)
        #expect(r.maanden[2].verschil == Money(cents: 75_00))
    }

    @Test func werkVoorOnbekendePersoonIsEenFout() {
        let d = CivilDate.ymd(2026, 1, 1)
        let h = H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 35, op: d)], woning: nil)
        #expect(throws: RulesError.self) {
            try WerkenLoont().bereken(h, werk: WerkScenario(rol: .partner, loon: .nettoPerMaand(.zero)))
        }
    }
}

struct WerkenLoontGrafiekTests {
    @Test func svgHeeftTitelTekstalternatiefEnTwaalfMaanden() throws {
        let d = CivilDate.ymd(2026, 1, 1)
        let h = Huishoudens.huishouden(d, [Huishoudens.persoon(.aanvrager, leeftijd: 35, op: d)], woning: nil)
        let r = try WerkenLoont().bereken(h, werk: WerkScenario(loon: .nettoPerMaand(Money(cents: 800_00))))
        let svg = WerkenLoontGrafiek.svg(r)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("<title id=\"wl-titel\">"))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 24)
        #expect(WerkenLoontGrafiek.tekstAlternatief(r).contains("jan 2026: nu € "))
    }
}
