import PleinDomain
import Testing

@Suite("Money")
struct MoneyTests {
    @Test("Parses euro with a comma or a dot and at most two decimals")
    func parsing() {
        #expect(Money(parsing: "1250") == Money(cents: 125_000))
        #expect(Money(parsing: "1250,5") == Money(cents: 125_050))
        #expect(Money(parsing: "1250.05") == Money(cents: 125_005))
        #expect(Money(parsing: " -3,10 ") == Money(cents: -310))
        #expect(Money(parsing: "1.250,00") == Money(cents: 125_000), "Dutch notation, as Plein shows amounts")
        #expect(Money(parsing: "-1.234.567,8") == Money(cents: -123_456_780))
        #expect(Money(parsing: "1.250") == nil, "a dot and three digits without a comma is ambiguous")
        #expect(Money(parsing: "€ 1.250,50") == Money(cents: 125_050))
        #expect(Money(parsing: "€12") == Money(cents: 1200))
        #expect(Money(parsing: "12,50 €") == Money(cents: 1250))
        #expect(Money(parsing: "€") == nil)
        #expect(Money(parsing: "1.25,00") == nil)
        #expect(Money(parsing: "1250.000,00") == nil)
        #expect(Money(parsing: ".250,00") == nil)
        #expect(Money(parsing: "12,345") == nil)
        #expect(Money(parsing: "") == nil)
        #expect(Money(parsing: "abc") == nil)
    }

    @Test("Dutch notation with thousands dots and a decimal comma")
    func formatting() {
        #expect(Money(cents: 141_946).formatted == "€ 1.419,46")
        #expect(Money(cents: 5).dutchNotation == "0,05")
        #expect(Money(cents: -123_456_789).dutchNotation == "-1.234.567,89")
        #expect(Money.zero.formatted == "€ 0,00")
        #expect(Money(cents: -500).formatted == "€ -5,00")
        #expect(Money(cents: 99_999).dutchNotation == "999,99")
        #expect(Money(cents: 100_000).dutchNotation == "1.000,00")
        #expect(Money(cents: 100_000_005).dutchNotation == "1.000.000,05")
        #expect(Money(cents: .max).dutchNotation == "92.233.720.368.547.758,07")
        #expect(Money(cents: .min).formatted == "€ -92.233.720.368.547.758,08")
    }

    @Test("Fractions round half away from zero to the cent")
    func rounding() {
        #expect(Money(cents: 100).multiplied(by: 1, dividedBy: 3) == Money(cents: 33))
        #expect(Money(cents: 5).multiplied(by: 1, dividedBy: 2) == Money(cents: 3))
        #expect(Money(cents: -5).multiplied(by: 1, dividedBy: 2) == Money(cents: -3))
        #expect(Money(cents: 170_335_20).multiplied(by: 1, dividedBy: 12) == Money(cents: 14_194_60))
        #expect(Money(euros: 0.015) == Money(cents: 2))
        #expect(Money(euros: 1419.46).cents == 141_946)
    }
}
