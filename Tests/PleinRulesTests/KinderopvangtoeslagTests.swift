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
