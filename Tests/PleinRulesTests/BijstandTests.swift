import PleinDomain
@testable import PleinRules
import Testing

/// Worked examples to the cent. Norms from the consolidated Participatiewet; kostendelersnorm
/// by the formula of art. 22a lid 1, rounded to the cent as SZW's normenbrief does.
struct BijstandTests {
    typealias H = Huishoudens
    static let jan2026 = CivilDate.ymd(2026, 1, 1)
    static let jul2025 = CivilDate.ymd(2025, 7, 1)

    func bedrag(_ personen: [Persoon], op datum: CivilDate = jan2026, vermogen: Money? = .zero) throws -> Money {
        try H.bijstand(H.huishouden(datum, personen, vermogen: vermogen)).bedragPerMaand
    }

    @Test func alleenstaandeZonderInkomen() throws {
        let uitkomst = try H.bijstand(H.huishouden(Self.jan2026, [H.persoon(.aanvrager, leeftijd: 35, op: Self.jan2026)]))
        #expect(uitkomst.recht == .ja)
        #expect(uitkomst.bedragPerMaand == Money(cents: 1401_50))
        #expect(uitkomst.bedragPerJaar == Money(cents: 16818_00))
        // Vakantietoeslag 4,8% of the bijstand: 1401.50 × 4.8 / 104.8 = 64.19.
        #expect(uitkomst.toelichting.contains("€ 64,19"))
    }

    @Test func gehuwdenEnAOW() throws {
        let d = Self.jan2026
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 40, op: d), H.persoon(.partner, leeftijd: 38, op: d)])
                == Money(cents: 2002_13))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 70, op: d)]) == Money(cents: 1564_69))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 67, op: d), H.persoon(.partner, leeftijd: 60, op: d)])
                == Money(cents: 2144_16))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 68, op: d), H.persoon(.partner, leeftijd: 67, op: d)])
                == Money(cents: 2144_16))
    }

    @Test func jongerennormen() throws {
        let d = Self.jan2026
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 19, op: d)]) == Money(cents: 345_99))
        // Art. 20 lid 3 (2026): + € 746,45 without parental support.
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 19, op: d, geenOnderhoud: true)]) == Money(cents: 1092_44))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 19, op: d), H.persoon(.partner, leeftijd: 25, op: d)])
                == Money(cents: 1347_06))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 19, op: d), H.persoon(.partner, leeftijd: 25, op: d),
                            H.persoon(.kind, leeftijd: 1, op: d)]) == Money(cents: 1747_49))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 20, op: d), H.persoon(.partner, leeftijd: 18, op: d),
                            H.persoon(.kind, leeftijd: 1, op: d)]) == Money(cents: 1092_41))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 20, op: d), H.persoon(.kind, leeftijd: 2, op: d)])
                == Money(cents: 345_99))
        // 2025: no art. 20 lid 3 yet; the flag changes nothing.
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 19, op: Self.jul2025, geenOnderhoud: true)], op: Self.jul2025)
                == Money(cents: 337_98))
    }

    @Test func kostendelersnorm() throws {
        let d = Self.jan2026
        let aanvrager = H.persoon(.aanvrager, leeftijd: 30, op: d)
        let moeder = H.persoon(.overig, leeftijd: 60, op: d)
        // A = 2: (40 + 60) / 200 × 2.002,13 = 1.001,065 → 1.001,07.
        #expect(try bedrag([aanvrager, moeder]) == Money(cents: 1001_07))
        // A = 3: 130 / 300 × 2.002,13 = 867,5897 → 867,59.
        #expect(try bedrag([aanvrager, moeder, H.persoon(.overig, leeftijd: 62, op: d)]) == Money(cents: 867_59))
        // A = 4: 160 / 400 × 2.002,13 = 800,852 → 800,85.
        #expect(try bedrag([aanvrager, moeder, H.persoon(.overig, leeftijd: 62, op: d),
                            H.persoon(.kind, leeftijd: 28, op: d)]) == Money(cents: 800_85))
        // Gehuwden with one kostendeler: A = 3, each 867,59 (art. 22a lid 2).
        #expect(try bedrag([aanvrager, H.persoon(.partner, leeftijd: 31, op: d), moeder]) == Money(cents: 1735_18))
        // Not kostendelers: under 27, a student, a commercial lodger.
        #expect(try bedrag([aanvrager, H.persoon(.overig, leeftijd: 26, op: d),
                            H.persoon(.overig, leeftijd: 30, op: d, uitzondering: .studiefinanciering),
                            H.persoon(.overig, leeftijd: 40, op: d, uitzondering: .commercieleHuur)])
                == Money(cents: 1401_50))
        // AOW age with a kostendeler: B is art. 22 sub b; A = 2 → 50% of 2.144,16.
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 70, op: d), moeder]) == Money(cents: 1072_08))
        // Young spouse with kostendeler, no child: 345,99 + 50% × 2.002,13 (A = 2).
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 20, op: d), H.persoon(.partner, leeftijd: 30, op: d), moeder])
                == Money(cents: 345_99 + 1001_07))
    }

    @Test func inkomenEnVrijlatingArtikel31() throws {
        let d = Self.jul2025
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 35, op: d, netto: 500)], op: d) == Money(cents: 869_06))
        // 25% of 800 = 200 exempt in the first six months (art. 31 lid 2 sub n).
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 35, op: d, netto: 800, arbeid: 800, werktSinds: d)], op: d)
                == Money(cents: 769_06))
        // Cap € 278: 25% of 1.200 = 300 → 278.
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 35, op: d, netto: 1200, arbeid: 1200, werktSinds: d)], op: d)
                == Money(cents: 1369_06 - 1200_00 + 278_00))
        // Month 7: the six months are over.
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 35, op: d, netto: 800, arbeid: 800,
                                      werktSinds: d.adding(months: -6))], op: d) == Money(cents: 569_06))
        // Under 27: no sub n (art. 31 lid 5).
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 26, op: d, netto: 800, arbeid: 800, werktSinds: d)], op: d)
                == Money(cents: 569_06))
        // Medisch urenbeperkt, after n: 15% of 800 = 120 (sub y, max 176,35).
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 26, op: d, netto: 800, arbeid: 800, medisch: true)], op: d)
                == Money(cents: 689_06))
        // Alleenstaande ouder, child under 12, month 9: 12,5% of 1.000 = 125 (sub r).
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 30, op: d, netto: 1000, arbeid: 1000,
                                      werktSinds: d.adding(months: -8)),
                            H.persoon(.kind, leeftijd: 5, op: d)], op: d) == Money(cents: 494_06))
    }

    @Test func vrijlatingArtikel34aVanaf2026() throws {
        let d = Self.jan2026
        // 15% of 800 = 120 for twelve months, also under 27 (art. 34a lid 1 sub a).
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 25, op: d, netto: 800, arbeid: 800, werktSinds: d)])
                == Money(cents: 721_50))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 25, op: d, netto: 800, arbeid: 800,
                                      werktSinds: d.adding(months: -11))]) == Money(cents: 721_50))
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 25, op: d, netto: 800, arbeid: 800,
                                      werktSinds: d.adding(months: -12))]) == Money(cents: 601_50))
        // Medisch urenbeperkt: 15% without time limit (sub b).
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 40, op: d, netto: 800, arbeid: 800,
                                      werktSinds: d.adding(months: -30), medisch: true)]) == Money(cents: 721_50))
        // AOW age: 25% up to € 226 (sub c): 25% of 1.000 = 250 → 226.
        #expect(try bedrag([H.persoon(.aanvrager, leeftijd: 68, op: d, netto: 1000, arbeid: 1000,
                                      werktSinds: d.adding(months: -40))]) == Money(cents: 1564_69 - 1000_00 + 226_00))
    }

    @Test func vermogenPreciesOpDeGrensGeeftRecht() throws {
        let d = Self.jan2026
        let alleen = [H.persoon(.aanvrager, leeftijd: 35, op: d)]
        #expect(try H.bijstand(H.huishouden(d, alleen, vermogen: Money(cents: 8000_00))).recht == .ja)
        #expect(try H.bijstand(H.huishouden(d, alleen, vermogen: Money(cents: 8000_01))).recht == .nee)
        #expect(try H.bijstand(H.huishouden(Self.jul2025, [H.persoon(.aanvrager, leeftijd: 35, op: Self.jul2025)],
                                            vermogen: Money(cents: 7770_01))).recht == .nee)
        let gezin = [H.persoon(.aanvrager, leeftijd: 35, op: d), H.persoon(.kind, leeftijd: 3, op: d)]
        #expect(try H.bijstand(H.huishouden(d, gezin, vermogen: Money(cents: 16000_00))).recht == .ja)
        #expect(try H.bijstand(H.huishouden(d, gezin, vermogen: Money(cents: 16000_01))).recht == .nee)
    }

    @Test func onbekendVermogenVraagtErNaar() throws {
        let d = Self.jan2026
        let uitkomst = try H.bijstand(H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 35, op: d)], vermogen: nil))
        guard case .onbekend(let vraag?) = uitkomst.recht else {
            Issue.record("expected an unknown right with a question")
            return
        }
        #expect(vraag.veld == "vermogen")
        #expect(uitkomst.bedragPerMaand == .zero)
        let koop = H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 35, op: d)], woning: Woning(soort: .koop))
        guard case .onbekend(let woningVraag?) = try H.bijstand(koop).recht else {
            Issue.record("expected a question about the home")
            return
        }
        #expect(woningVraag.veld == "woning.overwaarde")
    }

    @Test func eigenWoningBovenVrijlatingGeeftBijstandAlsLening() throws {
        let d = Self.jan2026
        let huis = H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 50, op: d)],
                                woning: Woning(soort: .koop, overwaarde: Money(cents: 90000_00)))
        let uitkomst = try H.bijstand(huis)
        #expect(uitkomst.recht == .ja)
        #expect(uitkomst.toelichting.contains("lening"))
    }

    @Test func grenzenVanLeeftijdOpDePeildatum() throws {
        let d = Self.jan2026
        func geboren(_ datum: CivilDate) -> [Persoon] { [Persoon(rol: .aanvrager, geboortedatum: datum)] }
        // Turning 18 on the peildatum: a right; the day after the peildatum: none yet.
        #expect(try bedrag(geboren(.ymd(2008, 1, 1))) == Money(cents: 345_99))
        #expect(try H.bijstand(H.huishouden(d, geboren(.ymd(2008, 1, 2)))).recht == .nee)
        // Turning 21 on the peildatum: the art. 21 norm.
        #expect(try bedrag(geboren(.ymd(2005, 1, 1))) == Money(cents: 1401_50))
        #expect(try bedrag(geboren(.ymd(2005, 1, 2))) == Money(cents: 345_99))
        // Reaching AOW age (67) on the peildatum: the art. 22 norm.
        #expect(try bedrag(geboren(.ymd(1959, 1, 1))) == Money(cents: 1564_69))
        #expect(try bedrag(geboren(.ymd(1959, 1, 2))) == Money(cents: 1401_50))
    }

    @Test func inkomenPreciesOpDeNormGeeftGeenBijstand() throws {
        let d = Self.jan2026
        let op = try H.bijstand(H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 35, op: d, netto: 1401)]))
        #expect(op.recht == .ja && op.bedragPerMaand == Money(cents: 50))
        var persoon = H.persoon(.aanvrager, leeftijd: 35, op: d)
        persoon.nettoInkomenPerMaand = Money(cents: 1401_50)
        let gelijk = try H.bijstand(H.huishouden(d, [persoon]))
        #expect(gelijk.recht == .nee && gelijk.bedragPerMaand == .zero)
    }

    @Test func elkeTracestapCiteertEenArtikel() throws {
        let d = Self.jan2026
        let uitkomst = try H.bijstand(H.huishouden(d, [H.persoon(.aanvrager, leeftijd: 30, op: d, netto: 800, arbeid: 800),
                                                       H.persoon(.overig, leeftijd: 50, op: d)]))
        func alle(_ stappen: TraceStappen) -> [TraceStap] { Array(stappen) + stappen.flatMap { alle($0.stappen) } }
        let stappen = alle(uitkomst.trace)
        #expect(stappen.count > 8)
        #expect(stappen.allSatisfy { $0.bron.juriconnect(on: d) != nil })
        #expect(stappen.contains { $0.bron.label == "Participatiewet art. 22a lid 1" })
        #expect(stappen.contains { $0.bron.label == "Participatiewet art. 34a lid 1 sub a" })
    }
}
