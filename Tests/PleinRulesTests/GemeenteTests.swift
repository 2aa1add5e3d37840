import Foundation
import PleinDomain
@testable import PleinRules
import Testing

struct GemeenteTests {
    typealias H = Huishoudens
    static let d = CivilDate.ymd(2026, 1, 1)

    func bereken(_ huishouden: Huishouden) throws -> Berekening {
        try Engine().bereken(huishouden)
    }

    func gezin(netto: Int64, vermogen: Money? = .zero, maandenLaag: Int? = 40, kinderen: [Int] = [3, 8, 16]) -> Huishouden {
        var h = H.huishouden(Self.d, [H.persoon(.aanvrager, leeftijd: 35, op: Self.d, netto: netto)]
                             + kinderen.map { H.persoon(.kind, leeftijd: $0, op: Self.d) }, vermogen: vermogen)
        h.gemeente = "voorbeeld"
        h.maandenLaagInkomen = maandenLaag
        return h
    }

    @Test func stadspasEnKindpakketOpGrond120ProcentVanDeNorm() throws {
        // Norm alleenstaande ouder 2026-01-01: 1.401,50; 120% = 1.681,80.
        let binnen = try bereken(gezin(netto: 1681))
        #expect(binnen["stadspas"]?.recht == .ja)
        // Kindpakket: children 4–17 → the 8- and 16-year-old, € 300 each.
        #expect(binnen["kindpakket"]?.bedragPerJaar == Money(cents: 600_00))
        var grens = gezin(netto: 0)
        grens.personen[0].nettoInkomenPerMaand = Money(cents: 1681_80)
        #expect(try bereken(grens)["stadspas"]?.recht == .ja)
        grens.personen[0].nettoInkomenPerMaand = Money(cents: 1681_81)
        #expect(try bereken(grens)["stadspas"]?.recht == .nee)
        #expect(try bereken(gezin(netto: 0, kinderen: [2]))["kindpakket"]?.recht == .nee)
        // Turning 4 on the peildatum counts; turning 18 ends it.
        #expect(try bereken(gezin(netto: 0, kinderen: [4]))["kindpakket"]?.recht == .ja)
        #expect(try bereken(gezin(netto: 0, kinderen: [18]))["kindpakket"]?.recht == .nee)
    }

    @Test func lokaleRegelingenAlleenBijBekendeGemeente() throws {
        var h = gezin(netto: 0)
        h.gemeente = nil
        let zonder = try bereken(h)
        #expect(zonder["stadspas"] == nil)
        guard case .onbekend(let vraag?) = zonder["individueleInkomenstoeslag"]?.recht else {
            Issue.record("expected a question for the municipality")
            return
        }
        #expect(vraag.veld == "gemeente")
    }

    @Test func individueleInkomenstoeslag() throws {
        let ja = try bereken(gezin(netto: 1000))
        #expect(ja["individueleInkomenstoeslag"]?.recht == .ja)
        #expect(ja["individueleInkomenstoeslag"]?.bedragPerJaar == Money(cents: 575_00))
        #expect(try bereken(gezin(netto: 1000, maandenLaag: 35))["individueleInkomenstoeslag"]?.recht == .nee)
        #expect(try bereken(gezin(netto: 1000, maandenLaag: 36))["individueleInkomenstoeslag"]?.recht == .ja)
        #expect(try bereken(gezin(netto: 1402))["individueleInkomenstoeslag"]?.recht == .nee)
        #expect(try bereken(gezin(netto: 1000, vermogen: Money(cents: 16000_01)))["individueleInkomenstoeslag"]?.recht == .nee)
    }

    @Test func kwijtscheldingAdvies() throws {
        var h = gezin(netto: 1000)
        #expect(try bereken(h)["kwijtschelding"]?.recht == .ja)
        // Capacity: 1.501,50 − 1.401,50 = 100 per month; 80% × 1.200 = 960 payable of 1.100.
        h.personen[0].nettoInkomenPerMaand = Money(cents: 1501_50)
        h.gemeentelijkeBelastingenPerJaar = Money(cents: 1100_00)
        let deels = try bereken(h)["kwijtschelding"]
        #expect(deels?.recht == .ja)
        #expect(deels?.bedragPerJaar == Money(cents: 140_00))
        h.gemeentelijkeBelastingenPerJaar = Money(cents: 900_00)
        #expect(try bereken(h)["kwijtschelding"]?.recht == .nee)
    }

    @Test func bijzondereBijstandIsAlleenAdvies() throws {
        let uitkomst = try bereken(gezin(netto: 0))["bijzondereBijstand"]
        #expect(uitkomst?.recht == .onbekend(nil))
        #expect(uitkomst?.volgendeStap.url == "https://www.voorbeeld.nl/bijzondere-bijstand")
    }

    @Test func configuratieIsCodableMetBedragenInEuro() throws {
        let data = try JSONEncoder().encode(GemeenteRegelingen.voorbeeld)
        let tekst = String(decoding: data, as: UTF8.self)
        #expect(tekst.contains("\"bedragPerJaar\":300"))
        let terug = try JSONDecoder().decode(GemeenteRegelingen.self, from: data)
        #expect(terug == GemeenteRegelingen.voorbeeld)
    }
}
