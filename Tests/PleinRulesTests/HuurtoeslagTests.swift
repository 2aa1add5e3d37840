import PleinDomain
@testable import PleinRules
import Testing

private func huishouden(_ peildatum: CivilDate = .ymd(2026, 3, 1), kaleHuur: Money?, servicekosten: Money = .zero,
                        inkomen: Money = .zero, geboren: CivilDate = .ymd(1980, 1, 1), overigen: [Persoon] = [],
                        vermogen: Money? = .zero, soort: WoningSoort = .huur) -> Huishouden {
    Huishouden(peildatum: peildatum,
               personen: [Persoon(rol: .aanvrager, geboortedatum: geboren, toetsingsinkomen: inkomen)] + overigen,
               vermogen: vermogen,
               woning: kaleHuur.map { Woning(soort: soort, kaleHuur: $0, servicekosten: servicekosten) })
}

private func subsidie(huur: Int64, personen: Int = 1, jongeren: Bool = false) throws -> Money {
    let p = try HuurtoeslagParameters(peildatum: .ymd(2026, 1, 1))
    let verlaging = personen == 1 ? p.normhuurverlagingEenpersoons : p.normhuurverlagingMeerpersoons
    return Huurtoeslag.subsidie(
        rekenhuur: euro(huur), basishuur: p.normhuur.value - verlaging.value - p.basishuurverlaging.value,
        kwaliteitskortingsgrens: p.kwaliteitskortingsgrens.value,
        aftoppingsgrens: personen <= 2 ? p.aftoppingsgrensEenOfTwee.value : p.aftoppingsgrensDrieOfMeer.value,
        maximaleHuurgrens: jongeren ? p.maximaleHuurgrensJongeren.value : p.maximaleHuurgrens.value,
        percentageTotAftoppingsgrens: p.percentageTotAftoppingsgrens.value,
        percentageBovenAftoppingsgrens: p.percentageBovenAftoppingsgrens.value)
}

/// The afbouw percentages; nil before 2026.
private func afbouwpercentages(_ p: HuurtoeslagParameters) -> (een: Dated<Percentage>, meer: Dated<Percentage>)? {
    if case .lineaireAfbouw(let een, let meer) = p.stelsel { return (een, meer) }
    return nil
}

@Suite("Huurtoeslag") struct HuurtoeslagTests {
    // MARK: - Figures per peildatum

    @Test(arguments: [CivilDate.ymd(2026, 1, 1), .ymd(2026, 7, 1)])
    func huurtoeslagParametersPerPeildatum(peildatum: CivilDate) throws {
        let p = try HuurtoeslagParameters(peildatum: peildatum)
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
        #expect(try #require(afbouwpercentages(p)).een.value == Percentage(27))
        #expect(try #require(afbouwpercentages(p)).meer.value == Percentage(22))
        #expect(p.vermogensgrens.value == euro(3_847_900))
        #expect(p.vermogensgrensMetPartner.value == euro(7_695_800))
        #expect(p.inkomensvrijstellingKind.value == euro(621_800))
        #expect(p.leeftijdJongeren.value == 21)
        // Regeling huurtoeslaggrenzen 2026, as reproduced (docs/law/toeslagen.md §2.2).
        let een = p.minimumInkomensijkpuntEenpersoons
        let meer = p.minimumInkomensijkpuntMeerpersoons
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
        let p = try HuurtoeslagParameters(peildatum: .ymd(2026, 1, 1))
        // Art. 17 lid 1: an AOW year amount plus € 2.340 / € 2.512, so always above those; art. 27
        // lid 5: rounded up to a multiple of € 25.
        let een = p.minimumInkomensijkpuntEenpersoons.value
        let meer = p.minimumInkomensijkpuntMeerpersoons.value
        let ophogingen = (try HuurtoeslagTabellen.ijkpuntOphogingEenpersoons.value(on: .ymd(2026, 1, 1)),
                          try HuurtoeslagTabellen.ijkpuntOphogingMeerpersoons.value(on: .ymd(2026, 1, 1)))
        #expect(ophogingen == (euro(234_000), euro(251_200)))
        for (ijkpunt, ophoging) in [(een, ophogingen.0), (meer, ophogingen.1)] {
            #expect(ijkpunt > ophoging)
            #expect(ijkpunt.cents % 2_500 == 0)
        }
        #expect(meer > een)
    }

    // MARK: - 2025: the normhuur formula (art. 17–19, text valid 2025-01-01)

    @Test(arguments: [CivilDate.ymd(2025, 1, 1), .ymd(2025, 7, 1), .ymd(2025, 12, 31)])
    func huurtoeslagParameters2025(peildatum: CivilDate) throws {
        let p = try HuurtoeslagParameters(peildatum: peildatum)
        #expect(p.maximaleHuurgrens.value == euro(90_007))
        #expect(p.maximaleHuurgrensJongeren.value == euro(47_720))
        #expect(p.leeftijdJongeren.value == 23)
        #expect(p.kwaliteitskortingsgrens.value == euro(47_720))
        #expect(p.aftoppingsgrensEenOfTwee.value == euro(68_296))
        #expect(p.aftoppingsgrensDrieOfMeer.value == euro(73_193))
        #expect(p.normhuur.value == euro(23_801))
        #expect(p.normhuurverlagingEenpersoons.value == euro(182))
        #expect(p.normhuurverlagingMeerpersoons.value == euro(363))
        #expect(p.basishuurverlaging.value == euro(3714))
        #expect(p.basishuurverlaging.bron.juriconnect(on: peildatum)
                == "jci1.3:c:BWBR0049106&artikel=1&onderdeel=b&g=\(peildatum)")
        #expect(p.vermogensgrens.value == euro(3_739_500))
        #expect(p.vermogensgrensMetPartner.value == euro(7_479_000))
        #expect(p.inkomensvrijstellingKind.value == euro(604_200))
        #expect(p.minimumInkomensijkpuntEenpersoons.value == euro(2_270_000))
        #expect(p.minimumInkomensijkpuntMeerpersoons.value == euro(3_045_000))
        #expect(p.minimumInkomensijkpuntEenpersoons.bron.label.contains("Regeling huurtoeslaggrenzen 2025"))
        guard case .normhuurformule(let factoren, let perSoort) = p.stelsel else {
            Issue.record("2025 uses the normhuur formula")
            return
        }
        #expect(perSoort.value == euro(1200))
        #expect(perSoort.bron.label == "Wet op de huurtoeslag art. 5 lid 3")
        #expect(factoren.aEenpersoons.value.weergave == "0,000000438698")
        #expect(factoren.bEenpersoons.value.weergave == "0,000446392665")
        #expect(factoren.aMeerpersoons.value.weergave == "0,000000298184")
        #expect(factoren.bMeerpersoons.value.weergave == "-0,001382497146")
        #expect(factoren.bMeerpersoons.bron.label.contains("Regeling huurtoeslaggrenzen 2025"))
    }

    @Test func deFactorenLeggenDeNormhuurOpBeideIjkpuntenVanDeWet() throws {
        // Art. 19 lid 2: a and b follow from the normhuur at the minimum-inkomensijkpunt (art. 17
        // lid 2–3) and at the referentie-inkomensijkpunt (art. 18). The Regeling's factors must
        // reproduce both, to the cent, for both types of household.
        let d = CivilDate.ymd(2025, 1, 1)
        typealias T = HuurtoeslagTabellen
        let p = try HuurtoeslagParameters(peildatum: d)
        guard case .normhuurformule(let f, _) = p.stelsel else { Issue.record("2025 uses the normhuur formula"); return }
        let gevallen = [
            (p.minimumInkomensijkpuntEenpersoons.value, try T.referentieInkomensijkpuntEenpersoons.value(on: d),
             f.aEenpersoons.value, f.bEenpersoons.value, p.normhuurverlagingEenpersoons.value,
             try T.referentieNormhuurverlagingEenpersoons.value(on: d)),
            (p.minimumInkomensijkpuntMeerpersoons.value, try T.referentieInkomensijkpuntMeerpersoons.value(on: d),
             f.aMeerpersoons.value, f.bMeerpersoons.value, p.normhuurverlagingMeerpersoons.value,
             try T.referentieNormhuurverlagingMeerpersoons.value(on: d)),
        ]
        for (ijkpunt, referentie, a, b, verlaging, referentieVerlaging) in gevallen {
            #expect(Huurtoeslag.normhuur(rekeninkomen: ijkpunt, a: a, b: b) == p.normhuur.value - verlaging)
            #expect(Huurtoeslag.normhuur(rekeninkomen: referentie, a: a, b: b)
                    == (try T.referentieNormhuur.value(on: d)) - referentieVerlaging)
        }
        // Art. 17 lid 1: the ijkpunt is an AOW year amount plus € 2.340 / € 2.512.
        #expect(p.minimumInkomensijkpuntEenpersoons.value > (try T.ijkpuntOphogingEenpersoons.value(on: d)))
        #expect(p.minimumInkomensijkpuntMeerpersoons.value > (try T.ijkpuntOphogingMeerpersoons.value(on: d)))
    }

    @Test func normhuurWordtNaarBovenAfgerondOpHeleCenten() {
        let a = NormhuurFactor(biljoensten: 438_698), b = NormhuurFactor(biljoensten: 446_392_665)
        // € 25.000: 285,346066… → € 285,35. One cent above the ijkpunt: 236,190009… → € 236,20.
        #expect(Huurtoeslag.normhuur(rekeninkomen: euro(2_500_000), a: a, b: b) == euro(28_535))
        #expect(Huurtoeslag.normhuur(rekeninkomen: euro(2_270_001), a: a, b: b) == euro(23_620))
        // Absurd incomes stay exact instead of overflowing.
        #expect(Huurtoeslag.normhuur(rekeninkomen: Money(cents: .max), a: a, b: b)
                == Huurtoeslag.normhuur(rekeninkomen: euro(3_000_000_000), a: a, b: b))
    }

    /// Published for 2025 (metronieuws.nl, January 2025): a single tenant, rent € 900 without
    /// servicekosten, in whole euros cut off. The cents are this engine's.
    @Test(arguments: [(Int64(2_200_000), Int64(49_871)), (2_350_000, 48_213), (3_250_000, 25_701),
                      (4_500_000, 1_147), (4_650_000, 0)])
    func voorbeeldenAlleenstaande2025(inkomen: Int64, bedrag: Int64) throws {
        let (uitkomst, trace) = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 7, 1), kaleHuur: euro(90_000),
                                                                       inkomen: euro(inkomen)))
        #expect(uitkomst.bedragPerMaand == euro(bedrag))
        #expect(uitkomst.recht == (bedrag > 0 ? .ja : .nee))
        if inkomen > 2_270_000 {
            #expect(alleStappen(trace).contains { $0.omschrijving.hasPrefix("Normhuur: a × inkomen²") })
        }
        if bedrag == 0 { #expect(uitkomst.toelichting.contains("inkomen")) }
    }

    @Test func meerpersoonsEnDrieOfMeerPersonen2025() throws {
        let partner = Persoon(rol: .partner, geboortedatum: .ymd(1981, 1, 1))
        // Couple, € 35.000, rent € 700: normhuur 316,89, basishuur 279,75;
        // 477,20 − 279,75 + 65% × (682,96 − 477,20) + 40% × (700 − 682,96) = € 338,01.
        let paar = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 3, 1), kaleHuur: euro(70_000),
                                                          inkomen: euro(3_500_000), overigen: [partner]))
        #expect(paar.uitkomst.bedragPerMaand == euro(33_801))
        // Three people at the ijkpunt: normhuur 238,01 − 3,63, basishuur 197,24, aftopping 731,93.
        let gezin = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 3, 1), kaleHuur: euro(70_000),
                                                           inkomen: euro(3_045_000),
                                                           overigen: [partner, Persoon(rol: .kind, geboortedatum: .ymd(2020, 1, 1))]))
        #expect(gezin.uitkomst.bedragPerMaand == euro(42_478))
    }

    @Test func servicekostenTellenIn2025VoorVierSoortenVanElkHoogstens12Euro() throws {
        func bedrag(_ peildatum: CivilDate, _ servicekosten: Int64) throws -> Money {
            try evalueer(Huurtoeslag(), huishouden(peildatum, kaleHuur: euro(60_000),
                                                   servicekosten: euro(servicekosten))).uitkomst.bedragPerMaand
        }
        #expect(try bedrag(.ymd(2025, 5, 1), 0) == euro(35_797))
        #expect(try bedrag(.ymd(2025, 5, 1), 3_000) == euro(37_747))
        #expect(try bedrag(.ymd(2025, 5, 1), 10_000) == euro(38_917))
        #expect(try bedrag(.ymd(2025, 5, 1), 4_800) == (try bedrag(.ymd(2025, 5, 1), 10_000)))
        // From 2026 only the kale huur counts.
        #expect(try bedrag(.ymd(2026, 5, 1), 10_000) == (try bedrag(.ymd(2026, 5, 1), 0)))
    }

    @Test func in2025GeenHuurtoeslagBovenDeMaximaleHuurgrens() throws {
        // Art. 13 lid 1: a rekenhuur (with servicekosten) above € 900,07 gets nothing at all.
        let erop = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 5, 1), kaleHuur: euro(89_000), servicekosten: euro(1_000)))
        #expect(erop.uitkomst.bedragPerMaand == euro(49_871))
        let erboven = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 5, 1), kaleHuur: euro(89_000),
                                                             servicekosten: euro(2_000)))
        #expect(erboven.uitkomst.recht == .nee)
        #expect(erboven.uitkomst.toelichting.contains("€ 900,07"))
        #expect(erboven.uitkomst.toelichting.contains("handicap"))
        // Art. 13 lid 2 sub b: eight or more persons may keep their toeslag; Plein cannot tell.
        let kinderen = (0..<7).map { Persoon(rol: .kind, geboortedatum: .ymd(2010 + $0, 1, 1)) }
        let groot = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 5, 1), kaleHuur: euro(95_000), overigen: kinderen))
        #expect(groot.uitkomst.recht == .onbekend(nil))
        #expect(groot.uitkomst.toelichting.contains("acht of meer"))
    }

    @Test func in2025IsEenHuurOnderDeLaagsteBasishuurTeLaag() throws {
        // € 199,05 is the basishuur of a single person at or below the ijkpunt.
        let laag = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 5, 1), kaleHuur: euro(19_905), inkomen: euro(4_000_000)))
        #expect(laag.uitkomst.recht == .nee)
        #expect(laag.uitkomst.toelichting.contains("huur is te laag"))
        let hoogInkomen = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 5, 1), kaleHuur: euro(40_000),
                                                                 inkomen: euro(4_000_000)))
        #expect(hoogInkomen.uitkomst.recht == .nee)
        #expect(hoogInkomen.uitkomst.toelichting.contains("inkomen is te hoog"))
    }

    @Test func in2025GeldtDeJongerengrensTot23Jaar() throws {
        // Alone and 22: the limit is € 477,20; at 23 the general one.
        let tweeentwintig = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 5, 1), kaleHuur: euro(50_000),
                                                                    geboren: .ymd(2002, 6, 1)))
        #expect(tweeentwintig.uitkomst.recht == .nee)
        let jongerOnderDeGrens = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 5, 1), kaleHuur: euro(47_000),
                                                                         geboren: .ymd(2002, 6, 1)))
        #expect(jongerOnderDeGrens.uitkomst.bedragPerMaand == euro(27_095))
        let drieentwintig = try evalueer(Huurtoeslag(), huishouden(.ymd(2025, 5, 1), kaleHuur: euro(50_000),
                                                                    geboren: .ymd(2002, 5, 1)))
        #expect(drieentwintig.uitkomst.recht == .ja)
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
        let p = try HuurtoeslagParameters(peildatum: .ymd(2026, 1, 1))
        #expect(Huurtoeslag.afbouw(rekeninkomen: euro(3_400_000), minimumInkomensijkpunt: p.minimumInkomensijkpuntMeerpersoons.value,
                                   afbouwpercentage: try #require(afbouwpercentages(p)).meer.value) == euro(4_583))
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
        let p = try HuurtoeslagParameters(peildatum: .ymd(2026, 1, 1))
        #expect(Huurtoeslag.afbouw(rekeninkomen: euro(2_900_000), minimumInkomensijkpunt: p.minimumInkomensijkpuntEenpersoons.value,
                                   afbouwpercentage: try #require(afbouwpercentages(p)).een.value) == euro(12_544))
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
