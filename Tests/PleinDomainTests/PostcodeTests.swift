import PleinDomain
import Testing

@Suite("Postcode")
struct PostcodeTests {
    @Test("Four digits, not starting with 0, and two letters")
    func valid() {
        #expect(Postcode("1011 AB")?.value == "1011AB")
        #expect(Postcode("9999zz")?.printed == "9999 ZZ")
        #expect(Postcode("1011AB")?.number == 1011)
    }

    @Test("Wrong shapes and the letter pairs that are never issued are refused")
    func invalid() {
        #expect(Postcode.validate("0123AB") == .failure(.wrongFormat))
        #expect(Postcode.validate("123AB") == .failure(.wrongFormat))
        #expect(Postcode.validate("1234A1") == .failure(.wrongFormat))
        #expect(Postcode.validate("1234 SS") == .failure(.unusedLetters))
        #expect(Postcode.validate("1234SA") == .failure(.unusedLetters))
        #expect(Postcode.validate("1234SD") == .failure(.unusedLetters))
    }
}
