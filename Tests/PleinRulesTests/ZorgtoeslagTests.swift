import PleinDomain
@testable import PleinRules
import Testing

private func huishouden(_ peildatum: CivilDate, inkomen: Money, partnerInkomen: Money? = nil,
                        vermogen: Money? = .zero, geboren: CivilDate = .ymd(1985, 6, 15)) -> Huishouden {
    var personen = [Persoon(rol: .aanvrager, geboortedatum: geboren, toetsingsinkomen: inkomen)]
    if let partnerInkomen {
        personen.append(Persoon(rol: .partner, geboortedatum: .ymd(1986, 2, 1), toetsingsinkomen: partnerInkomen))
    }
    return Huishouden(peildatum: peildatum, personen: personen, vermogen: vermogen)
}

@Suite("Zorgtoeslag") struct ZorgtoeslagTests {
    // MARK: - Figures per peildatum

    @Test(arguments: toeslagPeildata)
    func zorgtoeslagParametersPerPeildatum(peildatum: CivilDate) throws {
        let p = try ZorgtoeslagParameters(peildatum: peildatum)
        let in2026 = peildatum.year == 2026
        #expect(p.standaardpremie.value == euro(in2026 ? 211_900 : 211_200))
        #expect(p.drempelpercentageZonderPartner.value == Percentage(duizendsten: in2026 ? 1912 : 1896))
        #expect(p.drempelpercentageMetPartner.value == Percentage(duizendsten: in2026 ? 4289 : 4273))
        #expect(p.inkomenspercentage.value == Percentage(duizendsten: in2026 ? 13_730 : 13_700))
        #expect(p.vermogensgrensZonderPartner.value == euro(in2026 ? 14_601_100 : 14_189_600))
        #expect(p.vermogensgrensMetPartner.value == euro(in2026 ? 18_463_300 : 17_942_900))
        // 108% of 12 × the January minimum wage, also on 1 July (the July wage does not count).
        #expect(p.drempelinkomen.minimumloonJanuari.value == euro(in2026 ? 229_440 : 219_180))
        #expect(p.drempelinkomen.bedrag.value == euro(in2026 ? 2_973_542 : 2_840_573))
        #expect(p.drempelinkomen.bedrag.bron.juriconnect(on: peildatum)
                == "jci1.3:c:BWBR0018451&artikel=1&lid=1&onderdeel=f&g=\(peildatum)")
        #expect(p.drempelpercentageZonderPartner.bron.juriconnect(on: peildatum)
                == "jci1.3:c:BWBR0018451&artikel=2&lid=3&g=\(peildatum)")
    }

    @Test func minimumloonPerPeildatum() throws {
        let tabel = MinimumloonTabellen.maandbedrag
        #expect(try tabel.value(on: .ymd(2025, 1, 1)) == euro(219_180))
        #expect(try tabel.value(on: .ymd(2025, 6, 30)) == euro(219_180))
        #expect(try tabel.value(on: .ymd(2025, 7, 1)) == euro(224_580))
        #expect(try tabel.value(on: .ymd(2026, 1, 1)) == euro(229_440))
    }

    @Test func peildatumBuitenDeOndersteundePeriodeWordtGeweigerd() {
        #expect(throws: RulesError.self) { try ZorgtoeslagParameters(peildatum: .ymd(2024, 12, 31)) }
        #expect(throws: RulesError.self) { try ZorgtoeslagParameters(peildatum: .ymd(2027, 1, 1)) }
    }

    // MARK: - Published amounts

    /// Rijksoverheid: at most € 131 / € 250 per month in 2025, € 129 / € 246 in 2026.
    @Test(arguments: [
        (CivilDate.ymd(2025, 1, 1), false, Int64(157_343), Int64(13_112), Int64(131)),
        (CivilDate.ymd(2025, 1, 1), true, Int64(301_022), Int64(25_085), Int64(250)),
        (CivilDate.ymd(2026, 1, 1), false, Int64(155_046), Int64(12_921), Int64(129)),
        (CivilDate.ymd(2026, 1, 1), true, Int64(296_265), Int64(24_689), Int64(246)),
    ])
    func maximaleZorgtoeslag(peildatum: CivilDate, metPartner: Bool, jaar: Int64, maand: Int64,
                             gepubliceerd: Int64) throws {
        let (uitkomst, _) = try evalueer(Zorgtoeslag(), huishouden(peildatum, inkomen: .zero,
                                                                   partnerInkomen: metPartner ? .zero : nil))
        #expect(uitkomst.recht == .ja)
        #expect(uitkomst.bedragPerJaar == euro(jaar))
        #expect(uitkomst.bedragPerMaand == euro(maand))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == gepubliceerd)
    }

    /// The 2025 table per income published at the start of 2025 (euro per month, rounded down).
    @Test(arguments: [
        (Int64(30_000), false, Int64(112)), (Int64(35_000), false, Int64(55)),
        (Int64(39_000), false, Int64(10)), (Int64(40_000), false, Int64(0)),
        (Int64(30_000), true, Int64(232)), (Int64(40_000), true, Int64(118)),
        (Int64(43_000), true, Int64(84)),
    ])
    func gepubliceerdeTabel2025(inkomen: Int64, metPartner: Bool, perMaand: Int64) throws {
        // With a partner the published income is the joint income; split it over the two.
        let aanvrager = metPartner ? euro(inkomen * 100 / 2) : euro(inkomen * 100)
        let (uitkomst, _) = try evalueer(Zorgtoeslag(), huishouden(.ymd(2025, 3, 1), inkomen: aanvrager,
                                                                   partnerInkomen: metPartner ? aanvrager : nil))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == perMaand)
        #expect(uitkomst.recht == (perMaand > 0 ? .ja : .nee))
    }

    @Test func zorgtoeslagTotOpDeCent() throws {
        // 2025, single, € 35.000: normpremie 1,896% × 28.405,73 + 13,7% × 6.594,27 = € 1.441,99.
        let p = try ZorgtoeslagParameters(peildatum: .ymd(2025, 1, 1))
        let bedragen = Zorgtoeslag.jaarbedrag(toetsingsinkomen: euro(3_500_000), metPartner: false, p)
        #expect(bedragen.normpremie == euro(144_199))
        #expect(bedragen.zorgtoeslag == euro(67_001))
    }

    // MARK: - Boundaries

    @Test func inkomenPreciesOpHetDrempelinkomenGeeftHetMaximum() throws {
        let p = try ZorgtoeslagParameters(peildatum: .ymd(2026, 1, 1))
        let drempel = p.drempelinkomen.bedrag.value
        let maximum = Zorgtoeslag.jaarbedrag(toetsingsinkomen: .zero, metPartner: false, p).zorgtoeslag
        #expect(Zorgtoeslag.jaarbedrag(toetsingsinkomen: drempel, metPartner: false, p).zorgtoeslag == maximum)
        #expect(Zorgtoeslag.jaarbedrag(toetsingsinkomen: drempel + euro(100), metPartner: false, p).zorgtoeslag
                == maximum - euro(14))
    }

    @Test(arguments: [false, true])
    func vermogenPreciesOpDeGrensMagNog(metPartner: Bool) throws {
        let p = try ZorgtoeslagParameters(peildatum: .ymd(2026, 1, 1))
        let grens = metPartner ? p.vermogensgrensMetPartner.value : p.vermogensgrensZonderPartner.value
        let partner: Money? = metPartner ? .zero : nil
        let opGrens = try evalueer(Zorgtoeslag(), huishouden(.ymd(2026, 1, 1), inkomen: .zero,
                                                             partnerInkomen: partner, vermogen: grens))
        let erboven = try evalueer(Zorgtoeslag(), huishouden(.ymd(2026, 1, 1), inkomen: .zero,
                                                             partnerInkomen: partner, vermogen: grens + euro(1)))
        #expect(opGrens.uitkomst.recht == .ja)
        #expect(erboven.uitkomst.recht == .nee)
        #expect(erboven.uitkomst.bedragPerJaar == .zero)
    }

    @Test func verzekerdeVanafDeMaandNaDe18eVerjaardag() throws {
        let geboren = CivilDate.ymd(2008, 3, 14)
        let inDeMaand = try evalueer(Zorgtoeslag(), huishouden(.ymd(2026, 3, 31), inkomen: .zero, geboren: geboren))
        let maandErna = try evalueer(Zorgtoeslag(), huishouden(.ymd(2026, 4, 1), inkomen: .zero, geboren: geboren))
        #expect(inDeMaand.uitkomst.recht == .nee)
        #expect(maandErna.uitkomst.recht == .ja)
    }

    @Test func onbekendVermogenLeidtTotEenVraag() throws {
        let (uitkomst, _) = try evalueer(Zorgtoeslag(), huishouden(.ymd(2026, 1, 1), inkomen: .zero, vermogen: nil))
        #expect(uitkomst.recht == .onbekend(DienstToeslagen.vraagVermogen))
        #expect(uitkomst.bedragPerMaand == .zero)
    }

    // MARK: - Properties

    @Test(arguments: [false, true])
    func meerInkomenGeeftNooitMeerZorgtoeslag(metPartner: Bool) throws {
        for peildatum in toeslagPeildata {
            let p = try ZorgtoeslagParameters(peildatum: peildatum)
            var vorige = Money(cents: .max)
            for inkomen in stride(from: Int64(-100_000), through: 7_000_000, by: 12_345) {
                let bedrag = Zorgtoeslag.jaarbedrag(toetsingsinkomen: euro(inkomen), metPartner: metPartner, p).zorgtoeslag
                #expect(bedrag >= .zero)
                #expect(bedrag <= vorige)
                vorige = bedrag
            }
        }
    }

    @Test func elkeTraceStapCiteertEenArtikel() throws {
        let (_, trace) = try evalueer(Zorgtoeslag(), huishouden(.ymd(2026, 7, 1), inkomen: euro(3_000_000),
                                                                 partnerInkomen: euro(1_000_000)))
        let stappen = alleStappen(trace)
        #expect(stappen.count > 8)
        for stap in stappen {
            #expect(stap.bron.juriconnect(on: .ymd(2026, 7, 1)) != nil, "\(stap.omschrijving)")
        }
    }
}
