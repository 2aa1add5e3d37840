import PleinDomain
@testable import PleinRules
import Testing

/// Every Participatiewet figure per version date, as read in the consolidated texts
/// (regelrecht-corpus participatiewet/<date>.yaml), with the article it must cite.
struct ParticipatiewetParameterTests {
    typealias T = ParticipatiewetTabellen
    static let datums: [CivilDate] = [.ymd(2025, 1, 1), .ymd(2025, 7, 1), .ymd(2026, 1, 1), .ymd(2026, 7, 1)]

    struct Figuur: Sendable, CustomTestStringConvertible {
        let tabel: ParameterTable<Money>
        let artikel: String
        let cents: [Int64]
        var testDescription: String { tabel.naam }
    }

    static let figuren: [Figuur] = [
        Figuur(tabel: T.alleenstaande18tot21, artikel: "Participatiewet art. 20 lid 1 sub a",
               cents: [332_17, 337_98, 345_99, 350_42]),
        Figuur(tabel: T.gehuwdenBeide18tot21, artikel: "Participatiewet art. 20 lid 1 sub b",
               cents: [664_34, 675_96, 691_98, 700_84]),
        Figuur(tabel: T.gehuwdenEen18tot21, artikel: "Participatiewet art. 20 lid 1 sub c",
               cents: [1293_21, 1315_88, 1347_06, 1364_32]),
        Figuur(tabel: T.alleenstaandeOuder18tot21, artikel: "Participatiewet art. 20 lid 2 sub a",
               cents: [332_17, 337_98, 345_99, 350_42]),
        Figuur(tabel: T.gehuwdenBeide18tot21MetKind, artikel: "Participatiewet art. 20 lid 2 sub b",
               cents: [1048_75, 1067_12, 1092_41, 1106_40]),
        Figuur(tabel: T.gehuwdenEen18tot21MetKind, artikel: "Participatiewet art. 20 lid 2 sub c",
               cents: [1677_62, 1707_04, 1747_49, 1769_88]),
        Figuur(tabel: T.alleenstaande21, artikel: "Participatiewet art. 21 sub a",
               cents: [1345_45, 1369_06, 1401_50, 1419_46]),
        Figuur(tabel: T.gehuwden21, artikel: "Participatiewet art. 21 sub b",
               cents: [1922_07, 1955_80, 2002_13, 2027_79]),
        Figuur(tabel: T.alleenstaandeAOW, artikel: "Participatiewet art. 22 sub a",
               cents: [1501_07, 1530_21, 1564_69, 1587_34]),
        Figuur(tabel: T.gehuwdenBeideAOW, artikel: "Participatiewet art. 22 sub b",
               cents: [2053_48, 2094_98, 2144_16, 2176_10]),
        Figuur(tabel: T.gehuwdenEenAOW, artikel: "Participatiewet art. 22 sub c",
               cents: [2053_48, 2094_98, 2144_16, 2176_10]),
        Figuur(tabel: T.kostendelerJongeEchtgenootMetKind, artikel: "Participatiewet art. 22a lid 3 sub a",
               cents: [716_58, 729_14, 746_42, 755_98]),
        Figuur(tabel: T.kostendelerJongeEchtgenoot, artikel: "Participatiewet art. 22a lid 3 sub b",
               cents: [332_17, 337_98, 345_99, 350_42]),
        Figuur(tabel: T.vrijlatingArbeidMaximum, artikel: "Participatiewet art. 31 lid 2 sub n",
               cents: [273_00, 278_00, 285_00, 285_00]),
        Figuur(tabel: T.vrijlatingAlleenstaandeOuderMaximum, artikel: "Participatiewet art. 31 lid 2 sub r",
               cents: [170_61, 173_87, 177_66, 177_66]),
        Figuur(tabel: T.vrijlatingMedischUrenbeperktMaximum, artikel: "Participatiewet art. 31 lid 2 sub y",
               cents: [173_04, 176_35, 180_19, 180_19]),
        Figuur(tabel: T.vermogensgrensAlleenstaande, artikel: "Participatiewet art. 34 lid 3 sub a",
               cents: [7770_00, 7770_00, 8000_00, 8000_00]),
        Figuur(tabel: T.vermogensgrensAlleenstaandeOuder, artikel: "Participatiewet art. 34 lid 3 sub b",
               cents: [15540_00, 15540_00, 16000_00, 16000_00]),
        Figuur(tabel: T.vermogensgrensGehuwden, artikel: "Participatiewet art. 34 lid 3 sub c",
               cents: [15540_00, 15540_00, 16000_00, 16000_00]),
        Figuur(tabel: T.vrijlatingEigenWoning, artikel: "Participatiewet art. 34 lid 2 sub d",
               cents: [65500_00, 65500_00, 67500_00, 67500_00]),
    ]

    @Test(arguments: figuren)
    func figuurPerDatumMetBron(_ figuur: Figuur) throws {
        for (datum, cents) in zip(Self.datums, figuur.cents) {
            let entry = try figuur.tabel.entry(on: datum)
            #expect(entry.value == Money(cents: cents), "\(figuur.tabel.naam) op \(datum)")
            #expect(entry.bron.label == figuur.artikel)
            // The day before the next version still has the old figure.
            let dagErvoor = datum.adding(days: -1)
            if dagErvoor >= SupportedPeriod.first, let index = Self.datums.firstIndex(of: datum), index > 0 {
                #expect(try figuur.tabel.value(on: dagErvoor) == Money(cents: figuur.cents[index - 1]))
            }
        }
    }

    @Test func figurenVanDeParticipatiewetInBalansBestaanPasVanaf2026() throws {
        #expect(try T.verhogingJongereZonderOuders.value(on: .ymd(2025, 12, 31)) == nil)
        #expect(try T.verhogingJongereZonderOuders.value(on: .ymd(2026, 1, 1)) == Money(cents: 746_45))
        #expect(try T.verhogingJongereZonderOuders.value(on: .ymd(2026, 7, 1)) == Money(cents: 762_24))
        #expect(try T.vrijlatingAOWMaximum34a.value(on: .ymd(2025, 7, 1)) == nil)
        #expect(try T.vrijlatingAOWMaximum34a.value(on: .ymd(2026, 1, 1)) == Money(cents: 226_00))
        #expect(try T.vrijlatingsRegime.value(on: .ymd(2025, 12, 31)) == .artikel31)
        #expect(try T.vrijlatingsRegime.value(on: .ymd(2026, 1, 1)) == .artikel34a)
        #expect(try T.kostendelerMinimumleeftijd.value(on: .ymd(2026, 7, 1)) == 27)
    }

    @Test(arguments: [CivilDate.ymd(2024, 12, 31), .ymd(2027, 1, 1), .ymd(1999, 6, 1)])
    func peildatumBuitenBereikIsEenFout(_ datum: CivilDate) {
        #expect(throws: RulesError.peildatumBuitenBereik(datum, supported: SupportedPeriod.range)) {
            try ParameterSet(peildatum: datum)
        }
    }

    @Test func pensioengerechtigdeLeeftijd() {
        // 67 in 2025 and 2026 (AOW art. 7a); reached on the birthday itself.
        #expect(PensioengerechtigdeLeeftijd.bereikt(geboortedatum: .ymd(1958, 3, 15), op: .ymd(2025, 3, 15)))
        #expect(!PensioengerechtigdeLeeftijd.bereikt(geboortedatum: .ymd(1958, 3, 15), op: .ymd(2025, 3, 14)))
        #expect(PensioengerechtigdeLeeftijd.bereikt(geboortedatum: .ymd(1950, 1, 1), op: .ymd(2025, 1, 1)))
        // Reached in 2023 at 66 years and 10 months.
        #expect(PensioengerechtigdeLeeftijd.bereikt(geboortedatum: .ymd(1957, 1, 10), op: .ymd(2023, 11, 10)))
        #expect(!PensioengerechtigdeLeeftijd.bereikt(geboortedatum: .ymd(1990, 1, 1), op: .ymd(2026, 12, 31)))
    }
}
