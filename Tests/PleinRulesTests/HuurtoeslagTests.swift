import PleinDomain
@testable import PleinRules
import Testing

private func huishouden(_ peildatum: CivilDate = .ymd(2026, 3, 1), kaleHuur: Money?, inkomen: Money = .zero,
                        geboren: CivilDate = .ymd(1980, 1, 1), overigen: [Persoon] = [],
                        vermogen: Money? = .zero, soort: WoningSoort = .huur) -> Huishouden {
    Huishouden(peildatum: peildatum,
               personen: [Persoon(rol: .aanvrager, geboortedatum: geboren, toetsingsinkomen: inkomen)] + overigen,
               vermogen: vermogen,
               woning: kaleHuur.map { Woning(soort: soort, kaleHuur: $0) })
}

private func subsidie(huur: Int64, personen: Int = 1, jongeren: Bool = false) throws -> Money {
    let p = try #require(try HuurtoeslagParameters(peildatum: .ymd(2026, 1, 1)))
    let verlaging = personen == 1 ? p.normhuurverlagingEenpersoons : p.normhuurverlagingMeerpersoons
    return Huurtoeslag.subsidie(
        rekenhuur: euro(huur), basishuur: p.normhuur.value - verlaging.value - p.basishuurverlaging.value,
        kwaliteitskortingsgrens: p.kwaliteitskortingsgrens.value,
        aftoppingsgrens: personen <= 2 ? p.aftoppingsgrensEenOfTwee.value : p.aftoppingsgrensDrieOfMeer.value,
        maximaleHuurgrens: jongeren ? p.maximaleHuurgrensJongeren.value : p.maximaleHuurgrens.value,
        percentageTotAftoppingsgrens: p.percentageTotAftoppingsgrens.value,
        percentageBovenAftoppingsgrens: p.percentageBovenAftoppingsgrens.value)
}

@Suite("Huurtoeslag") struct HuurtoeslagTests {
    // MARK: - Figures per peildatum

    @Test(arguments: [CivilDate.ymd(2026, 1, 1), .ymd(2026, 7, 1)])
    func huurtoeslagParametersPerPeildatum(peildatum: CivilDate) throws {
        let p = try #require(try HuurtoeslagParameters(peildatum: peildatum))
        #expect(p.maximaleHuurgrens.value == euro(93_293))
        #expect(p.maximaleHuurgrensJongeren.value == euro(49_820))
        #expect(p.kwaliteitskortingsgrens.value == euro(49_820))
        #expect(p.aftoppingsgrensEenOfTwee.value == euro(71_302))
        #expect(p.aftoppingsgrensDrieOfMeer.value == euro(76_414))
        #expect(p.normhuur.value == euro(25_249))
        #expect(p.normhuurverlagingEenpersoons.value == euro(182))
        #expect(p.normhuurverlagingMeerpersoons.value == euro(363))
        #expect(p.basishuurverlaging.value == euro(4815))
        #expect(p.percentageTotAftoppingsgrens.value == Percentage(65))
        #expect(p.percentageBovenAftoppingsgrens.value == Percentage(40))
        #expect(p.afbouwpercentageEenpersoons.value == Percentage(27))
        #expect(p.afbouwpercentageMeerpersoons.value == Percentage(22))
        #expect(p.vermogensgrens.value == euro(3_847_900))
        #expect(p.vermogensgrensMetPartner.value == euro(7_695_800))
        #expect(p.inkomensvrijstellingKind.value == euro(621_800))
        #expect(p.ijkpuntOphogingEenpersoons.value == euro(234_000))
        #expect(p.ijkpuntOphogingMeerpersoons.value == euro(251_200))
        // Regeling huurtoeslaggrenzen 2026, as reproduced (docs/law/toeslagen.md §2.2).
        let een = try #require(p.minimumInkomensijkpuntEenpersoons)
        let meer = try #require(p.minimumInkomensijkpuntMeerpersoons)
        #expect(een.value == euro(2_342_500))
        #expect(meer.value == euro(3_150_000))
        #expect(een.vanaf == .ymd(2026, 1, 1))
        #expect(meer.vanaf == .ymd(2026, 1, 1))
        #expect(een.bron.juriconnect(on: peildatum) == "jci1.3:c:BWBR0008659&artikel=17&lid=1&onderdeel=a&g=\(peildatum)")
        #expect(meer.bron.juriconnect(on: peildatum) == "jci1.3:c:BWBR0008659&artikel=17&lid=1&onderdeel=b&g=\(peildatum)")
        #expect(een.bron.label.contains("Regeling huurtoeslaggrenzen 2026"))
        #expect(p.aftoppingsgrensEenOfTwee.bron.juriconnect(on: peildatum)
                == "jci1.3:c:BWBR0008659&artikel=20&lid=2&onderdeel=a&g=\(peildatum)")
        #expect(p.basishuurverlaging.bron.juriconnect(on: peildatum)
                == "jci1.3:c:BWBR0049106&artikel=1&onderdeel=c&g=\(peildatum)")
    }

    @Test func ijkpuntenPassenBijDeWet() throws {
        let p = try #require(try HuurtoeslagParameters(peildatum: .ymd(2026, 1, 1)))
        // Art. 17 lid 1: an AOW year amount plus € 2.340 / € 2.512, so always above those; art. 27
        // lid 5: rounded up to a multiple of € 25.
        let een = try #require(p.minimumInkomensijkpuntEenpersoons).value
        let meer = try #require(p.minimumInkomensijkpuntMeerpersoons).value
        for (ijkpunt, ophoging) in [(een, p.ijkpuntOphogingEenpersoons.value), (meer, p.ijkpuntOphogingMeerpersoons.value)] {
            #expect(ijkpunt > ophoging)
            #expect(ijkpunt.cents % 2_500 == 0)
        }
        #expect(meer > een)
    }

    @Test(arguments: [CivilDate.ymd(2025, 1, 1), .ymd(2025, 7, 1), .ymd(2025, 12, 31)])
    func geenRekenregelsVoor2026(peildatum: CivilDate) throws {
        #expect(try HuurtoeslagParameters(peildatum: peildatum) == nil)
        let (uitkomst, _) = try evalueer(Huurtoeslag(), huishouden(peildatum, kaleHuur: euro(70_000)))
        #expect(uitkomst.recht == .onbekend(nil))
        #expect(uitkomst.bedragPerMaand == .zero)
    }

    // MARK: - The subsidy bands (art. 21 lid 1)

    @Test func basishuurVolgensDePublicatie() throws {
        // Published minimum basishuur 2026: € 202,52 single, € 200,71 multi.
        #expect(try subsidie(huur: 49_820) == euro(49_820 - 20_252))
        #expect(try subsidie(huur: 49_820, personen: 2) == euro(49_820 - 20_071))
        #expect(try subsidie(huur: 20_252) == .zero)
        #expect(try subsidie(huur: 15_000) == .zero)
    }

    @Test func huurTussenKwaliteitskortingsgrensEnAftoppingsgrens() throws {
        // 295,68 + 65% × (700 − 498,20) = 295,68 + 131,17.
        #expect(try subsidie(huur: 70_000) == euro(42_685))
    }

    @Test func huurBovenDeMaximaleHuurgrensTeltTotDeGrens() throws {
        // 295,68 + 65% × 214,82 + 40% × 219,91 = 295,68 + 227,60 (one rounding).
        #expect(try subsidie(huur: 100_000) == euro(52_328))
        #expect(try subsidie(huur: 93_293) == euro(52_328))
        #expect(try subsidie(huur: 250_000) == euro(52_328))
    }

    @Test func drieOfMeerPersonenHogereAftoppingsgrens() throws {
        // 498,20 − 200,71 + 65% × (764,14 − 498,20) + 40% × (800 − 764,14); 187,205 rounds up.
        #expect(try subsidie(huur: 80_000, personen: 3) == euro(29_749 + 18_721))
    }

    @Test func jongerenOnder21AlleenTotDeKwaliteitskortingsgrens() throws {
        #expect(try subsidie(huur: 60_000, jongeren: true) == euro(49_820 - 20_252))
        let jongere = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(60_000), geboren: .ymd(2006, 1, 1)))
        #expect(jongere.uitkomst.bedragPerMaand == euro(29_568))
        // The day someone turns 21 the normal limit applies.
        let eenentwintig = try evalueer(Huurtoeslag(), huishouden(.ymd(2026, 3, 1), kaleHuur: euro(60_000),
                                                                  geboren: .ymd(2005, 3, 1)))
        #expect(eenentwintig.uitkomst.bedragPerMaand == euro(29_568 + 6_617))
    }

    // MARK: - Income afbouw (art. 21 lid 2)

    @Test func afbouwIsHetPercentageVanHetInkomenBovenHetIjkpuntGedeeldDoor12() {
        let afbouw = Huurtoeslag.afbouw(rekeninkomen: euro(2_500_000), minimumInkomensijkpunt: euro(2_000_000),
                                        afbouwpercentage: Percentage(27))
        #expect(afbouw == euro(11_250))
        #expect(Huurtoeslag.afbouw(rekeninkomen: euro(1_000_000), minimumInkomensijkpunt: euro(2_000_000),
                                   afbouwpercentage: Percentage(27)) == .zero)
    }

    @Test func zonderInkomenIsDeHuurtoeslagBekend() throws {
        let (uitkomst, _) = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000)))
        #expect(uitkomst.recht == .ja)
        #expect(uitkomst.bedragPerMaand == euro(42_685))
        #expect(uitkomst.bedragPerJaar == euro(42_685 * 12))
    }

    @Test(arguments: [(1, Int64(2_342_500), Int64(42_685), Int64(2)),
                      (2, Int64(3_150_000), Int64(42_866), Int64(2))])
    func opHetIjkpuntGeenAfbouwEenEuroErbovenWel(personen: Int, ijkpunt: Int64, subsidie: Int64,
                                                 afbouwEenEuro: Int64) throws {
        // Art. 21 lid 2: only the rekeninkomen *above* the ijkpunt is reduced. One euro above it
        // costs 27/12 or 22/12 cent a month, which rounds to 2 cents.
        let partner = personen == 2 ? [Persoon(rol: .partner, geboortedatum: .ymd(1981, 1, 1))] : []
        func bedrag(_ inkomen: Int64) throws -> Money {
            try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), inkomen: euro(inkomen),
                                                   overigen: partner)).uitkomst.bedragPerMaand
        }
        #expect(try bedrag(ijkpunt - 100) == euro(subsidie))
        #expect(try bedrag(ijkpunt) == euro(subsidie))
        #expect(try bedrag(ijkpunt + 100) == euro(subsidie - afbouwEenEuro))
    }

    @Test func afbouwTotNulGeeftGeenRecht() throws {
        // Single, € 700: € 426,85 before afbouw; 27%/12 of (42.400 − 23.425) = € 426,94.
        let (uitkomst, _) = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), inkomen: euro(4_240_000)))
        #expect(uitkomst.recht == .nee)
        #expect(uitkomst.bedragPerMaand == .zero)
        #expect(uitkomst.toelichting.contains("inkomen"))
        let (net, _) = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), inkomen: euro(4_235_000)))
        #expect(net.recht == .ja)
        #expect(net.bedragPerMaand == euro(42_685 - 42_581))
    }

    @Test func inkomenVanEenThuiswonendKindOnder23TeltPasBovenDeVrijstelling() throws {
        // Parent € 25.000 and a child of 20 who earns € 12.718: rekeninkomen 25.000 + (12.718 −
        // 6.218) = € 31.500, exactly the meerpersoons-ijkpunt. Before afbouw: 498,20 − 200,71 +
        // 65% × 201,80 = € 428,66.
        func met(kindInkomen: Int64) throws -> RegelingUitkomst {
            try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), inkomen: euro(2_500_000), overigen: [
                Persoon(rol: .kind, geboortedatum: .ymd(2005, 6, 1), toetsingsinkomen: euro(kindInkomen)),
            ])).uitkomst
        }
        #expect(try met(kindInkomen: 1_271_800).bedragPerMaand == euro(42_866))
        #expect(try met(kindInkomen: 1_271_900).bedragPerMaand == euro(42_864))
    }

    // MARK: - Worked examples, Dienst Toeslagen "Berekening huurtoeslag 2026" (as reproduced)

    /// The publication rounds the monthly amount down to whole euros; the engine keeps cents.
    @Test func voorbeeldJongereOnder21() throws {
        // 20 years, alone, kale huur € 600, income € 22.000: rekenhuur capped at € 498,20, no
        // afbouw (below € 23.425): € 295 a month.
        let (uitkomst, trace) = try evalueer(Huurtoeslag(), huishouden(.ymd(2026, 3, 1), kaleHuur: euro(60_000),
                                                                       inkomen: euro(2_200_000),
                                                                       geboren: .ymd(2005, 6, 1)))
        #expect(uitkomst.bedragPerMaand == euro(29_568))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == 295)
        #expect(alleStappen(trace).contains { $0.omschrijving == "Afbouw om het inkomen" })
    }

    @Test func voorbeeldPartnersMetKindHogeHuur() throws {
        // Partners and a child, kale huur € 1.200, joint income € 34.000: rekenhuur € 932,93;
        // 297,49 + 65% × 265,94 + 40% × 168,79 = € 537,87; afbouw 22%/12 × 2.500 = € 45,83;
        // € 492 a month.
        let p = try #require(try HuurtoeslagParameters(peildatum: .ymd(2026, 1, 1)))
        #expect(Huurtoeslag.afbouw(rekeninkomen: euro(3_400_000), minimumInkomensijkpunt: try #require(p.minimumInkomensijkpuntMeerpersoons).value,
                                   afbouwpercentage: p.afbouwpercentageMeerpersoons.value) == euro(4_583))
        let (uitkomst, _) = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(120_000), inkomen: euro(3_400_000), overigen: [
            Persoon(rol: .partner, geboortedatum: .ymd(1995, 1, 1)),
            Persoon(rol: .kind, geboortedatum: .ymd(2022, 1, 1)),
        ]))
        #expect(uitkomst.bedragPerMaand == euro(53_787 - 4_583))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == 492)
        #expect(uitkomst.bedragPerJaar == euro((53_787 - 4_583) * 12))
    }

    @Test func voorbeeldAlleenstaandeAOWer() throws {
        // 69 years, alone, kale huur € 710, income € 29.000: 295,68 + 65% × 211,80 = € 433,35;
        // afbouw 27%/12 × 5.575 = € 125,44 (125,4375 rounded); € 307 a month. The 2026 law has
        // no separate ijkpunt for AOW-age households.
        let p = try #require(try HuurtoeslagParameters(peildatum: .ymd(2026, 1, 1)))
        #expect(Huurtoeslag.afbouw(rekeninkomen: euro(2_900_000), minimumInkomensijkpunt: try #require(p.minimumInkomensijkpuntEenpersoons).value,
                                   afbouwpercentage: p.afbouwpercentageEenpersoons.value) == euro(12_544))
        let (uitkomst, _) = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(71_000), inkomen: euro(2_900_000),
                                                                   geboren: .ymd(1957, 2, 1)))
        #expect(uitkomst.bedragPerMaand == euro(43_335 - 12_544))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == 307)
    }

    @Test func juli2026GelijkAanJanuari() throws {
        let januari = try evalueer(Huurtoeslag(), huishouden(.ymd(2026, 1, 1), kaleHuur: euro(71_000), inkomen: euro(2_900_000)))
        let juli = try evalueer(Huurtoeslag(), huishouden(.ymd(2026, 7, 1), kaleHuur: euro(71_000), inkomen: euro(2_900_000)))
        #expect(januari.uitkomst.bedragPerMaand == juli.uitkomst.bedragPerMaand)
        #expect(juli.uitkomst.bedragPerMaand == euro(43_335 - 12_544))
    }

    // MARK: - Conditions

    @Test(arguments: [false, true])
    func vermogenPreciesOpDeGrensMagNog(metPartner: Bool) throws {
        let grens = euro(metPartner ? 7_695_800 : 3_847_900)
        let partner = metPartner ? [Persoon(rol: .partner, geboortedatum: .ymd(1981, 1, 1))] : []
        let opGrens = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), overigen: partner, vermogen: grens))
        let erboven = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), overigen: partner,
                                                             vermogen: grens + euro(1)))
        #expect(opGrens.uitkomst.recht == .ja)
        #expect(erboven.uitkomst.recht == .nee)
    }

    @Test func ontbrekendeFeitenLeidenTotEenVraag() throws {
        let geenWoning = try evalueer(Huurtoeslag(), huishouden(kaleHuur: nil))
        #expect(geenWoning.uitkomst.recht.bool == nil)
        if case .onbekend(let vraag) = geenWoning.uitkomst.recht { #expect(vraag?.veld == "woning") }
        let geenHuur = try evalueer(Huurtoeslag(), huishouden(kaleHuur: .zero))
        if case .onbekend(let vraag) = geenHuur.uitkomst.recht { #expect(vraag?.veld == "woning.kaleHuur") }
        let geenVermogen = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), vermogen: nil))
        #expect(geenVermogen.uitkomst.recht == .onbekend(DienstToeslagen.vraagVermogen))
    }

    @Test func koopwoningEnMinderjarigeHuurderGeenRecht() throws {
        #expect(try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), soort: .koop)).uitkomst.recht == .nee)
        #expect(try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(70_000), geboren: .ymd(2008, 6, 1)))
            .uitkomst.recht == .nee)
    }

    // MARK: - Properties

    @Test(arguments: [1, 2, 3])
    func meerHuurGeeftNooitMinderEnNooitNegatief(personen: Int) throws {
        var vorige = Money.zero
        for huur in stride(from: Int64(0), through: 150_000, by: 1_337) {
            let bedrag = try subsidie(huur: huur, personen: personen)
            #expect(bedrag >= vorige)
            vorige = bedrag
        }
    }

    @Test func meerInkomenGeeftNooitMeerHuurtoeslag() {
        let subsidie = euro(42_685)
        var vorige = subsidie
        for inkomen in stride(from: Int64(0), through: 8_000_000, by: 9_999) {
            let afbouw = Huurtoeslag.afbouw(rekeninkomen: euro(inkomen), minimumInkomensijkpunt: euro(2_100_000),
                                            afbouwpercentage: Percentage(22))
            let bedrag = max(.zero, subsidie - afbouw)
            #expect(bedrag <= vorige)
            vorige = bedrag
        }
        #expect(vorige == .zero)
    }

    @Test func elkeTraceStapCiteertEenArtikel() throws {
        let (_, trace) = try evalueer(Huurtoeslag(), huishouden(kaleHuur: euro(95_000), overigen: [
            Persoon(rol: .partner, geboortedatum: .ymd(1982, 1, 1)), Persoon(rol: .kind, geboortedatum: .ymd(2015, 1, 1)),
        ]))
        for stap in alleStappen(trace) {
            #expect(stap.bron.juriconnect(on: .ymd(2026, 3, 1)) != nil, "\(stap.omschrijving)")
        }
    }
}
