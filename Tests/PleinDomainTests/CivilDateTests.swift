import PleinDomain
import Testing

@Suite("CivilDate")
struct CivilDateTests {
    @Test("Parses exactly YYYY-MM-DD and refuses dates that do not exist")
    func parsing() {
        #expect(CivilDate(iso: "2026-07-01")?.description == "2026-07-01")
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2026-02-29") == nil)
        #expect(CivilDate(iso: "2026-7-1") == nil)
        #expect(CivilDate(iso: "01-07-2026") == nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
    }

    @Test("Age is reached on the birthday itself; 29 February counts from 1 March")
    func age() throws {
        let born = try #require(CivilDate(iso: "2008-07-01"))
        #expect(born.age(on: CivilDate(iso: "2026-06-30")!) == 17)
        #expect(born.age(on: CivilDate(iso: "2026-07-01")!) == 18)
        let leap = try #require(CivilDate(iso: "2004-02-29"))
        #expect(leap.age(on: CivilDate(iso: "2025-02-28")!) == 20)
        #expect(leap.age(on: CivilDate(iso: "2025-03-01")!) == 21)
        #expect(leap.age(on: CivilDate(iso: "2024-02-29")!) == 20)
    }

    @Test("Month arithmetic clamps to the end of a shorter month")
    func months() {
        #expect(CivilDate(iso: "2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(CivilDate(iso: "2026-11-22")!.adding(months: 2).description == "2027-01-22")
        #expect(CivilDate(iso: "2026-03-15")!.adding(years: -30).description == "1996-03-15")
    }

    @Test("Day arithmetic round-trips through days since 1970")
    func days() {
        #expect(CivilDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(CivilDate(iso: "2026-03-01")!.adding(days: -1).description == "2026-02-28")
        #expect(CivilDate(iso: "2024-12-31")!.adding(days: 1).description == "2025-01-01")
        for offset in stride(from: -40_000, through: 40_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
    }

    @Test("Dutch notation for pages and letters")
    func dutch() {
        #expect(CivilDate(iso: "2026-07-01")?.dutchNotation == "01-07-2026")
        #expect(CivilDate(year: 987, month: 12, day: 31)?.dutchNotation == "31-12-0987")
        #expect(CivilDate(year: 987, month: 12, day: 31)?.description == "0987-12-31")
        #expect(CivilDate(year: 9999, month: 1, day: 9)?.description == "9999-01-09")
    }
}
