import PleinDomain
@testable import PleinRules
import Testing

private func huishouden(_ peildatum: CivilDate, inkomen: Money, partnerInkomen: Money? = nil,
                        kinderen: [CivilDate], vermogen: Money? = .zero) -> Huishouden {
    var personen = [Persoon(rol: .aanvrager, geboortedatum: .ymd(1985, 6, 15), toetsingsinkomen: inkomen)]
    if let partnerInkomen {
        personen.append(Persoon(rol: .partner, geboortedatum: .ymd(1986, 2, 1), toetsingsinkomen: partnerInkomen))
    }
    personen += kinderen.map { Persoon(rol: .kind, geboortedatum: $0) }
    return Huishouden(peildatum: peildatum, personen: personen, vermogen: vermogen)
}

@Suite("Kindgebonden budget") struct KindgebondenBudgetTests {
    // MARK: - Figures per peildatum

    @Test(arguments: toeslagPeildata)
    func kindgebondenBudgetParametersPerPeildatum(peildatum: CivilDate) throws {
        let p = try KindgebondenBudgetParameters(peildatum: peildatum)
        let in2026 = peildatum.year == 2026
        #expect(p.bedragPerKind.value == euro(in2026 ? 258_000 : 251_100))
        #expect(p.verhoging12tot16.value == euro(in2026 ? 72_400 : 70_300))
        #expect(p.verhoging16en17.value == euro(in2026 ? 96_400 : 93_600))
        #expect(p.alleenstaandeOuderkop.value == euro(in2026 ? 341_600 : 338_900))
        #expect(p.afbouwpercentage.value == Percentage(duizendsten: in2026 ? 7600 : 7100))
        #expect(p.verhogingDrempelMetPartner.value == euro(in2026 ? 940_500 : 913_900))
        #expect(p.vermogensgrensZonderPartner.value == euro(in2026 ? 14_601_100 : 14_189_600))
        #expect(p.vermogensgrensMetPartner.value == euro(in2026 ? 18_463_300 : 17_942_900))
        #expect(p.drempelinkomen.bedrag.value == euro(in2026 ? 2_973_542 : 2_840_573))
        #expect(p.drempelinkomen.bedrag.bron.juriconnect(on: peildatum)
                == "jci1.3:c:BWBR0022751&artikel=1&lid=1&onderdeel=d&g=\(peildatum)")
        #expect(p.alleenstaandeOuderkop.bron.juriconnect(on: peildatum)
                == "jci1.3:c:BWBR0022751&artikel=2&lid=6&g=\(peildatum)")
    }

    // MARK: - Worked examples (docs/law/toeslagen.md §3)

    @Test func alleenstaandeOuderMetLaagInkomen() throws {
        let (uitkomst, _) = try evalueer(KindgebondenBudget(),
                                         huishouden(.ymd(2026, 5, 1), inkomen: euro(2_000_000), kinderen: [.ymd(2021, 1, 10)]))
        #expect(uitkomst.recht == .ja)
        #expect(uitkomst.bedragPerJaar == euro(599_600))
        #expect(uitkomst.bedragPerMaand == euro(49_967))
    }

    @Test func alleenstaandeOuderBovenHetDrempelinkomen() throws {
        let (uitkomst, _) = try evalueer(KindgebondenBudget(),
                                         huishouden(.ymd(2026, 5, 1), inkomen: euro(4_000_000), kinderen: [.ymd(2021, 1, 10)]))
        // 5.996 − 7,6% × (40.000 − 29.735,42) = 5.996 − 780,11.
        #expect(uitkomst.bedragPerJaar == euro(521_589))
    }

    @Test func partnersMetTweeKinderen() throws {
        let (uitkomst, _) = try evalueer(KindgebondenBudget(), huishouden(
            .ymd(2026, 3, 15), inkomen: euro(3_000_000), partnerInkomen: euro(2_000_000),
            kinderen: [.ymd(2012, 6, 10), .ymd(2019, 1, 1)]))
        // 2 × 2.580 + 724 − 7,6% × (50.000 − 29.735,42 − 9.405): no ouderkop with a partner.
        #expect(uitkomst.bedragPerJaar == euro(505_867))
    }

    @Test func voorbeeld2025MetKindVan14() throws {
        let (uitkomst, _) = try evalueer(KindgebondenBudget(),
                                         huishouden(.ymd(2025, 9, 1), inkomen: euro(3_000_000), kinderen: [.ymd(2011, 2, 1)]))
        // 2.511 + 703 + 3.389 − 7,1% × (30.000 − 28.405,73).
        #expect(uitkomst.bedragPerJaar == euro(648_981))
    }

    // MARK: - Boundaries: the month after a birthday

    @Test func verhogingVanafDeMaandNaDe12eVerjaardag() throws {
        let kind = CivilDate.ymd(2014, 3, 15)
        let maand = KindgebondenBudget.telling(geboortedata: [kind], maandnummer: CivilDate.ymd(2026, 3, 31).maandnummer)
        let erna = KindgebondenBudget.telling(geboortedata: [kind], maandnummer: CivilDate.ymd(2026, 4, 1).maandnummer)
        #expect(maand.twaalfTotZestien == 0)
        #expect(erna.twaalfTotZestien == 1)
    }

    @Test func verhogingVanafDeMaandNaDe16eVerjaardag() throws {
        let kind = CivilDate.ymd(2010, 7, 1)
        let maand = KindgebondenBudget.telling(geboortedata: [kind], maandnummer: CivilDate.ymd(2026, 7, 31).maandnummer)
        let erna = KindgebondenBudget.telling(geboortedata: [kind], maandnummer: CivilDate.ymd(2026, 8, 1).maandnummer)
        #expect(maand.twaalfTotZestien == 1 && maand.zestienEnZeventien == 0)
        #expect(erna.twaalfTotZestien == 0 && erna.zestienEnZeventien == 1)
    }

    @Test func telTotEnMetDeMaandVanDe18eVerjaardag() throws {
        let kind = CivilDate.ymd(2008, 5, 10)
        let inDeMaand = try evalueer(KindgebondenBudget(),
                                     huishouden(.ymd(2026, 5, 31), inkomen: .zero, kinderen: [kind]))
        let erna = try evalueer(KindgebondenBudget(), huishouden(.ymd(2026, 6, 1), inkomen: .zero, kinderen: [kind]))
        #expect(inDeMaand.uitkomst.bedragPerJaar == euro(258_000 + 96_400 + 341_600))
        #expect(erna.uitkomst.recht == .nee)
    }

    @Test func pasgeborenTeltVanafDeMaandNaDeGeboorte() throws {
        let kind = CivilDate.ymd(2026, 2, 10)
        let inDeMaand = try evalueer(KindgebondenBudget(), huishouden(.ymd(2026, 2, 28), inkomen: .zero, kinderen: [kind]))
        let erna = try evalueer(KindgebondenBudget(), huishouden(.ymd(2026, 3, 1), inkomen: .zero, kinderen: [kind]))
        #expect(inDeMaand.uitkomst.recht == .nee)
        #expect(erna.uitkomst.bedragPerJaar == euro(599_600))
    }

    @Test func inkomenPreciesOpDeDrempelGeeftGeenVermindering() throws {
        let p = try KindgebondenBudgetParameters(peildatum: .ymd(2026, 1, 1))
        let alleen = KindgebondenBudget.jaarbedrag(kinderen: 1, twaalfTotZestien: 0, zestienEnZeventien: 0,
                                                   metPartner: false, toetsingsinkomen: p.drempelinkomen.bedrag.value, p)
        #expect(alleen.vermindering == .zero)
        let samen = KindgebondenBudget.jaarbedrag(
            kinderen: 1, twaalfTotZestien: 0, zestienEnZeventien: 0, metPartner: true,
            toetsingsinkomen: p.drempelinkomen.bedrag.value + p.verhogingDrempelMetPartner.value, p)
        #expect(samen.vermindering == .zero)
        #expect(samen.budget == euro(258_000))
    }

    @Test func vermogenPreciesOpDeGrensMagNog() throws {
        let grens = euro(14_601_100)
        let kind = [CivilDate.ymd(2020, 1, 1)]
        let opGrens = try evalueer(KindgebondenBudget(), huishouden(.ymd(2026, 1, 1), inkomen: .zero, kinderen: kind, vermogen: grens))
        let erboven = try evalueer(KindgebondenBudget(),
                                   huishouden(.ymd(2026, 1, 1), inkomen: .zero, kinderen: kind, vermogen: grens + euro(1)))
        #expect(opGrens.uitkomst.recht == .ja)
        #expect(erboven.uitkomst.recht == .nee)
    }

    @Test func zonderKinderenGeenRecht() throws {
        let (uitkomst, _) = try evalueer(KindgebondenBudget(), huishouden(.ymd(2026, 1, 1), inkomen: .zero, kinderen: []))
        #expect(uitkomst.recht == .nee)
        #expect(uitkomst.bedragPerJaar == .zero)
    }

    // MARK: - Properties

    @Test(arguments: [false, true])
    func meerInkomenGeeftNooitMeerKindgebondenBudget(metPartner: Bool) throws {
        for peildatum in toeslagPeildata {
            let p = try KindgebondenBudgetParameters(peildatum: peildatum)
            var vorige = Money(cents: .max)
            for inkomen in stride(from: Int64(0), through: 15_000_000, by: 23_456) {
                let bedrag = KindgebondenBudget.jaarbedrag(kinderen: 3, twaalfTotZestien: 1, zestienEnZeventien: 1,
                                                           metPartner: metPartner, toetsingsinkomen: euro(inkomen), p).budget
                #expect(bedrag >= .zero)
                #expect(bedrag <= vorige)
                vorige = bedrag
            }
        }
    }

    @Test func elkeTraceStapCiteertEenArtikel() throws {
        let (_, trace) = try evalueer(KindgebondenBudget(), huishouden(
            .ymd(2026, 7, 1), inkomen: euro(4_500_000), partnerInkomen: euro(1_000_000),
            kinderen: [.ymd(2009, 1, 1), .ymd(2013, 1, 1), .ymd(2020, 1, 1)]))
        for stap in alleStappen(trace) {
            #expect(stap.bron.juriconnect(on: .ymd(2026, 7, 1)) != nil, "\(stap.omschrijving)")
        }
    }
}
