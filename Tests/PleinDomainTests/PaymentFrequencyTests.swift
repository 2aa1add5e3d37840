import PleinDomain
import Testing

@Suite("Payment frequencies: monthly amounts and payment dates")
struct PaymentFrequencyTests {
    let d = { (text: String) in CivilDate(iso: text)! }

    @Test("Monthly amounts use 52 weeks, 13 four-week periods and 4 quarters a year, rounded to the cent")
    func monthly() {
        #expect(PaymentFrequency.week.monthlyAmount(of: Money(cents: 10_000)) == Money(cents: 43_333))
        #expect(PaymentFrequency.vierWeken.monthlyAmount(of: Money(cents: 120_000)) == Money(cents: 130_000))
        #expect(PaymentFrequency.maand.monthlyAmount(of: Money(cents: 123_456)) == Money(cents: 123_456))
        #expect(PaymentFrequency.kwartaal.monthlyAmount(of: Money(cents: 30_001)) == Money(cents: 10_000))
        #expect(PaymentFrequency.kwartaal.monthlyAmount(of: Money(cents: 30_002)) == Money(cents: 10_001))
        #expect(PaymentFrequency.jaar.monthlyAmount(of: Money(cents: 120_006)) == Money(cents: 10_001))
    }

    @Test("Monthly payments keep the anchor's day and fall back to the last day of a shorter month")
    func monthEnd() {
        let dates = PaymentFrequency.maand.paymentDates(anchor: d("2026-01-31"), from: d("2026-02-01"), through: d("2026-04-30"))
        #expect(dates == [d("2026-02-28"), d("2026-03-31"), d("2026-04-30")])
    }

    @Test("Four-weekly payments count from an anchor years back; the window's ends are included")
    func fourWeekly() {
        let anchor = d("2020-01-03")
        let dates = PaymentFrequency.vierWeken.paymentDates(anchor: anchor, from: d("2026-11-22"), through: d("2027-01-22"))
        #expect(dates.count == 2 || dates.count == 3)
        #expect(dates.allSatisfy { ($0.daysSinceEpoch - anchor.daysSinceEpoch) % 28 == 0 })
        #expect(dates.first! >= d("2026-11-22") && dates.first!.daysSinceEpoch - d("2026-11-22").daysSinceEpoch < 28)
        let exact = PaymentFrequency.week.paymentDates(anchor: d("2026-11-02"), from: d("2026-11-09"), through: d("2026-11-23"))
        #expect(exact == [d("2026-11-09"), d("2026-11-16"), d("2026-11-23")])
    }

    @Test("No dates before the first payment, none after the last, quarterly and yearly too")
    func bounds() {
        #expect(PaymentFrequency.maand.paymentDates(anchor: d("2027-03-01"), from: d("2026-11-22"), through: d("2027-01-22")).isEmpty)
        #expect(PaymentFrequency.maand.paymentDates(anchor: d("2026-01-25"), from: d("2026-11-22"), through: d("2027-01-22"),
                                                    last: d("2026-12-25")) == [d("2026-11-25"), d("2026-12-25")])
        #expect(PaymentFrequency.kwartaal.paymentDates(anchor: d("2026-01-15"), from: d("2026-11-22"), through: d("2027-02-22"))
                == [d("2027-01-15")])
        #expect(PaymentFrequency.jaar.paymentDates(anchor: d("2024-02-29"), from: d("2027-01-01"), through: d("2028-12-31"))
                == [d("2027-02-28"), d("2028-02-29")])
    }
}
