import PleinDomain
@testable import PleinRules
import Testing

private func huishouden(_ peildatum: CivilDate, inkomen: Money, partnerInkomen: Money? = nil,
                        opvang: [Kinderopvang]) -> Huishouden {
    var personen = [Persoon(rol: .aanvrager, geboortedatum: .ymd(1988, 4, 1), toetsingsinkomen: inkomen)]
    if let partnerInkomen {
        personen.append(Persoon(rol: .partner, geboortedatum: .ymd(1987, 9, 1), toetsingsinkomen: partnerInkomen))
    }
    for (index, kinderopvang) in opvang.enumerated() {
        personen.append(Persoon(rol: .kind, geboortedatum: .ymd(2020 + index, 1, 1), kinderopvang: kinderopvang))
    }
    return Huishouden(peildatum: peildatum, personen: personen)
}

@Suite("Kinderopvangtoeslag") struct KinderopvangtoeslagTests {
    // MARK: - Figures per peildatum

    @Test(arguments: toeslagPeildata)
    func kinderopvangtoeslagParametersPerPeildatum(peildatum: CivilDate) throws {
        let p = try KinderopvangtoeslagParameters(peildatum: peildatum)
        let in2026 = peildatum.year == 2026
        #expect(p.maximumUurprijs(.dagopvang).value == euro(in2026 ? 1123 : 1071))
        #expect(p.maximumUurprijs(.buitenschoolseOpvang).value == euro(in2026 ? 998 : 952))
        #expect(p.maximumUurprijs(.gastouderopvang).value == euro(in2026 ? 849 : 810))
        #expect(p.maximumUrenPerMaand.value == 230)
        #expect((p.toeslagtabel != nil) == in2026)
        #expect(p.maximumUurprijs(.dagopvang).bron.juriconnect(on: peildatum)
                == "jci1.3:c:BWBR0017321&artikel=4&lid=1&onderdeel=a&g=\(peildatum)")
    }

    @Test func maximumUurprijzen2026ZijnDie2025Plus4Komma84Procent() throws {
        // kinderopvang.nl: the 2026 maximum uurprijzen are the 2025 ones indexed by 4,84%.
        let p2025 = try KinderopvangtoeslagParameters(peildatum: .ymd(2025, 7, 1))
        let p2026 = try KinderopvangtoeslagParameters(peildatum: .ymd(2026, 1, 1))
        for soort in [KinderopvangSoort.dagopvang, .buitenschoolseOpvang, .gastouderopvang] {
            #expect(p2025.maximumUurprijs(soort).value.multiplied(by: 10_484, dividedBy: 10_000)
                    == p2026.maximumUurprijs(soort).value)
            #expect(p2025.maximumUurprijs(soort).vanaf == .ymd(2025, 1, 1))
        }
    }

    @Test(arguments: [
        (Int64(0), Int64(96_000), Int64(96_000)), (Int64(56_412), Int64(96_000), Int64(96_000)),
        (Int64(56_413), Int64(95_500), Int64(95_600)), (Int64(60_000), Int64(93_900), Int64(95_600)),
        (Int64(100_000), Int64(72_100), Int64(90_500)), (Int64(165_657), Int64(38_500), Int64(81_700)),
        (Int64(165_658), Int64(36_500), Int64(81_400)), (Int64(235_697), Int64(36_500), Int64(69_100)),
        (Int64(235_698), Int64(36_500), Int64(68_200)), (Int64(1_000_000), Int64(36_500), Int64(68_200)),
    ])
    func toeslagtabel2026(inkomen: Int64, eersteKind: Int64, volgendKind: Int64) throws {
        let tabel = try #require(try KinderopvangtoeslagParameters(peildatum: .ymd(2026, 1, 1)).toeslagtabel)
        let schijf = Kinderopvangtoeslag.schijf(voor: euro(inkomen * 100), in: tabel.value)
        #expect(schijf.eersteKind == Percentage(duizendsten: eersteKind))
        #expect(schijf.volgendKind == Percentage(duizendsten: volgendKind))
        // Half a euro below the next row still belongs to this row.
        #expect(Kinderopvangtoeslag.schijf(voor: euro(inkomen * 100 + 99), in: tabel.value) == schijf)
    }

    @Test func toeslagtabelDaaltMetHetInkomenEnVolgendKindKrijgtNooitMinder() throws {
        let tabel = try #require(try KinderopvangtoeslagParameters(peildatum: .ymd(2026, 7, 1)).toeslagtabel).value
        #expect(tabel.count == 50)
        for (vorige, volgende) in zip(tabel, tabel.dropFirst()) {
            #expect(vorige.vanaf < volgende.vanaf)
            #expect(volgende.eersteKind <= vorige.eersteKind)
            #expect(volgende.volgendKind <= vorige.volgendKind)
        }
        for schijf in tabel { #expect(schijf.volgendKind >= schijf.eersteKind) }
    }

    // MARK: - Worked examples

    @Test func eenKindDagopvangBovenDeMaximumUurprijs() throws {
        let (uitkomst, _) = try evalueer(Kinderopvangtoeslag(), huishouden(
            .ymd(2026, 2, 1), inkomen: euro(6_000_000),
            opvang: [Kinderopvang(soort: .dagopvang, urenPerMaand: 100, uurprijs: euro(1200))]))
        // 100 h × € 11,23 = € 1.123,00; 93,9% of it.
        #expect(uitkomst.recht == .ja)
        #expect(uitkomst.bedragPerMaand == euro(105_450))
        #expect(uitkomst.bedragPerJaar == euro(105_450 * 12))
    }

    // Dienst Toeslagen, "Berekening kinderopvangtoeslag 2026", examples 1–4 (as reproduced in
    // an open-source calculator). The publication rounds the monthly total down to whole euros.

    @Test func voorbeeld1EenKindDagopvang() throws {
        // € 60.000, 122 h at € 10,50: 1.281,00 × 93,9% = € 1.202,86 → € 1.202.
        let (uitkomst, _) = try evalueer(Kinderopvangtoeslag(), huishouden(
            .ymd(2026, 1, 1), inkomen: euro(4_000_000), partnerInkomen: euro(2_000_000),
            opvang: [Kinderopvang(soort: .dagopvang, urenPerMaand: 122, uurprijs: euro(1050))]))
        #expect(uitkomst.bedragPerMaand == euro(120_286))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == 1202)
    }

    @Test func voorbeeld2TweeKinderenHetJongsteIsHetEersteKind() throws {
        // € 120.000; youngest 87 h dagopvang at € 12,45 (capped € 11,23), oldest 65 h BSO at
        // € 10,10 (capped € 9,98): 977,01 × 60,6% = 592,07 and 648,70 × 87,9% = 570,21 → € 1.162.
        let (uitkomst, _) = try evalueer(Kinderopvangtoeslag(), huishouden(
            .ymd(2026, 1, 1), inkomen: euro(7_000_000), partnerInkomen: euro(5_000_000),
            opvang: [Kinderopvang(soort: .buitenschoolseOpvang, urenPerMaand: 65, uurprijs: euro(1010)),
                     Kinderopvang(soort: .dagopvang, urenPerMaand: 87, uurprijs: euro(1245))]))
        #expect(uitkomst.bedragPerMaand == euro(59_207 + 57_021))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == 1162)
    }

    @Test func voorbeeld3Gastouder240Uur() throws {
        // € 40.000, 240 h gastouderopvang at € 8,25: 230 × 8,25 = 1.897,50 × 96% = € 1.821,60.
        let (uitkomst, _) = try evalueer(Kinderopvangtoeslag(), huishouden(
            .ymd(2026, 1, 1), inkomen: euro(4_000_000),
            opvang: [Kinderopvang(soort: .gastouderopvang, urenPerMaand: 240, uurprijs: euro(825))]))
        #expect(uitkomst.bedragPerMaand == euro(182_160))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == 1821)
    }

    @Test func voorbeeld4GastouderBovenDeMaximumUurprijs() throws {
        // € 50.000, 108 h at € 9,52 (capped € 8,49): 916,92 × 96% = € 880,24.
        let (uitkomst, _) = try evalueer(Kinderopvangtoeslag(), huishouden(
            .ymd(2026, 1, 1), inkomen: euro(3_000_000), partnerInkomen: euro(2_000_000),
            opvang: [Kinderopvang(soort: .gastouderopvang, urenPerMaand: 108, uurprijs: euro(952))]))
        #expect(uitkomst.bedragPerMaand == euro(88_024))
        #expect(helePublicatieEuros(uitkomst.bedragPerMaand) == 880)
    }

    @Test func urenBoven230TellenNietMee() {
        let bedrag = Kinderopvangtoeslag.maandbedrag(uren: 250, uurprijs: euro(1000), maximumUurprijs: euro(1123),
                                                     maximumUren: 230, percentage: Percentage(96))
        #expect(bedrag.kosten == euro(230_000))
        #expect(bedrag.toeslag == euro(220_800))
    }

    @Test func tweeKinderenHetKindMetDeMeesteUrenIsHetEersteKind() throws {
        let (uitkomst, trace) = try evalueer(Kinderopvangtoeslag(), huishouden(
            .ymd(2026, 6, 1), inkomen: euro(6_000_000), partnerInkomen: euro(4_000_000),
            opvang: [Kinderopvang(soort: .buitenschoolseOpvang, urenPerMaand: 80, uurprijs: euro(950)),
                     Kinderopvang(soort: .dagopvang, urenPerMaand: 120, uurprijs: euro(1100))]))
        // Dagopvang child first: 120 × 11,00 × 72,1% = 951,72; BSO child: 80 × 9,50 × 90,5% = 687,80.
        #expect(uitkomst.bedragPerMaand == euro(95_172 + 68_780))
        #expect(alleStappen(trace).contains { $0.omschrijving.contains("eerste kind") })
    }

    @Test func bijGelijkeUrenIsHetKindMetDeHoogsteKostenHetEersteKind() {
        let opvang = [Kinderopvang(soort: .gastouderopvang, urenPerMaand: 100, uurprijs: euro(800)),
                      Kinderopvang(soort: .dagopvang, urenPerMaand: 100, uurprijs: euro(1100))]
        #expect(Kinderopvangtoeslag.eersteKind(opvang) == 1)
        #expect(Kinderopvangtoeslag.eersteKind([opvang[0], opvang[0]]) == 0)
        #expect(Kinderopvangtoeslag.eersteKind([]) == nil)
    }

    @Test func in2025IsDeTabelNietBeschikbaar() throws {
        let (uitkomst, _) = try evalueer(Kinderopvangtoeslag(), huishouden(
            .ymd(2025, 6, 1), inkomen: euro(4_000_000),
            opvang: [Kinderopvang(soort: .dagopvang, urenPerMaand: 100, uurprijs: euro(1000))]))
        #expect(uitkomst.recht == .onbekend(nil))
        #expect(uitkomst.bedragPerMaand == .zero)
    }

    @Test func zonderKinderopvangGeenRecht() throws {
        let (uitkomst, _) = try evalueer(Kinderopvangtoeslag(), huishouden(.ymd(2026, 1, 1), inkomen: .zero, opvang: []))
        #expect(uitkomst.recht == .nee)
    }

    // MARK: - Properties

    @Test func meerInkomenGeeftNooitMeerKinderopvangtoeslag() throws {
        let p = try KinderopvangtoeslagParameters(peildatum: .ymd(2026, 1, 1))
        let tabel = try #require(p.toeslagtabel).value
        var vorige = Money(cents: .max)
        for inkomen in stride(from: Int64(0), through: 30_000_000, by: 37_777) {
            let schijf = Kinderopvangtoeslag.schijf(voor: euro(inkomen), in: tabel)
            let bedrag = Kinderopvangtoeslag.maandbedrag(uren: 180, uurprijs: euro(1150), maximumUurprijs: euro(1123),
                                                         maximumUren: 230, percentage: schijf.eersteKind).toeslag
            #expect(bedrag >= .zero)
            #expect(bedrag <= vorige)
            vorige = bedrag
        }
    }

    @Test func elkeTraceStapCiteertEenArtikel() throws {
        let (_, trace) = try evalueer(Kinderopvangtoeslag(), huishouden(
            .ymd(2026, 7, 1), inkomen: euro(5_000_000),
            opvang: [Kinderopvang(soort: .dagopvang, urenPerMaand: 90, uurprijs: euro(1050))]))
        for stap in alleStappen(trace) {
            #expect(stap.bron.juriconnect(on: .ymd(2026, 7, 1)) != nil, "\(stap.omschrijving)")
        }
    }
}
