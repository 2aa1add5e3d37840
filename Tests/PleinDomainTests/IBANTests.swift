import PleinDomain
import Testing

@Suite("IBAN")
struct IBANTests {
    @Test("Valid IBANs from several countries, with or without spaces and in lower case", arguments: [
        "NL91ABNA0417164300", "nl91 abna 0417 1643 00", "DE89370400440532013000", "BE68539007547034",
        "GB82WEST12345698765432", "FR1420041010050500013M02606",
    ])
    func valid(_ text: String) {
        #expect(IBAN(text) != nil)
    }

    @Test("Each kind of problem is told apart")
    func problems() {
        #expect(IBAN.validate("NL91ABNA0417164301") == .failure(.wrongCheckDigits))
        #expect(IBAN.validate("NL91ABNA041716430") == .failure(.wrongLength(expected: 18)))
        #expect(IBAN.validate("XX91ABNA0417164300") == .failure(.unknownCountry))
        #expect(IBAN.validate("NL91-ABNA-0417") == .failure(.invalidCharacters))
        #expect(IBAN.validate("NLAAABNA0417164300") == .failure(.wrongCheckDigits))
    }

    @Test("Printed in groups of four")
    func printed() {
        #expect(IBAN("NL91ABNA0417164300")?.printed == "NL91 ABNA 0417 1643 00")
        #expect(IBAN("nl91abna0417164300")?.electronic == "NL91ABNA0417164300")
    }
}
