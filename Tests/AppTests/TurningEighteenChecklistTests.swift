@testable import App
import PleinDomain
import Testing

@Suite("Turning 18: the checklist's dates follow the articles")
struct TurningEighteenChecklistTests {
    let d = { (text: String) in CivilDate(iso: text)! }

    func date(of title: String, born: String) throws -> CivilDate {
        let items = TurningEighteenChecklist.items(birthDate: d(born))
        return try #require(items.first { $0.title.nl.hasPrefix(title) }).date
    }

    @Test("Mid-quarter birthday: premium and zorgtoeslag from the next month, mbo finance from the next quarter")
    func midQuarter() throws {
        #expect(try date(of: "Zorgverzekering", born: "2009-05-14") == d("2027-06-01"))
        #expect(try date(of: "Zorgtoeslag", born: "2009-05-14") == d("2027-06-01"))
        #expect(try date(of: "Studiefinanciering", born: "2009-05-14") == d("2027-07-01"))
        #expect(try date(of: "Kindgebonden budget", born: "2009-05-14") == d("2027-05-01"))
    }

    @Test("18 on the first day of a quarter: mbo finance from that day, and kinderbijslag ends the day before")
    func firstOfQuarter() throws {
        #expect(try date(of: "Studiefinanciering", born: "2009-10-01") == d("2027-10-01"))
        let text = try #require(TurningEighteenChecklist.items(birthDate: d("2009-10-01")).first { $0.title.nl.hasPrefix("Kindgebonden") }).text.nl
        #expect(text.contains("niet meer vanaf 01-10-2027"))
        #expect(text.contains("oktober 2027 is de laatste maand"))
    }

    @Test("December birthdays roll over into the next year")
    func december() throws {
        #expect(try date(of: "Zorgverzekering", born: "2008-12-31") == d("2027-01-01"))
        #expect(try date(of: "Studiefinanciering", born: "2008-12-31") == d("2027-01-01"))
    }

    @Test("Born on 29 February: 18 on 1 March in a year without one, as ages are counted")
    func leapDay() throws {
        let birth = d("2008-02-29")
        #expect(TurningEighteenChecklist.eighteenthBirthday(birth) == d("2026-03-01"))
        #expect(birth.age(on: d("2026-02-28")) == 17 && birth.age(on: d("2026-03-01")) == 18)
        #expect(try date(of: "Zorgverzekering", born: "2008-02-29") == d("2026-04-01"))
        #expect(try date(of: "Kindgebonden budget", born: "2008-02-29") == d("2026-03-01"))
        #expect(TurningEighteenChecklist.eighteenthBirthday(d("2010-02-28")) == d("2028-02-28"))
    }

    @Test("The items come in date order, each with its article where the law has one")
    func order() {
        let items = TurningEighteenChecklist.items(birthDate: d("2009-05-14"))
        #expect(items.map(\.date) == items.map(\.date).sorted())
        #expect(items.filter { $0.reference == nil }.map(\.title.nl) == ["DigiD aanvragen"])
    }
}
