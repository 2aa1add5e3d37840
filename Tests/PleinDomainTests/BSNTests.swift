import PleinDomain
import Testing

@Suite("BSN")
struct BSNTests {
    @Test("Numbers that pass the 11-proef are accepted, in the ways people type them", arguments: [
        "111222333", "123456782", "1112.22.333", "111 222 333", "999990019",
    ])
    func valid(_ text: String) {
        #expect(BSN(text) != nil)
    }

    @Test("An eight-digit BSN gets its leading zero back")
    func leadingZero() throws {
        // 010000021: 8·1 + 2·2 − 1 = 11, which is divisible by 11.
        let bsn = try #require(BSN("10000021"))
        #expect(bsn.digits == "010000021")
    }

    @Test("Each kind of problem is told apart")
    func problems() {
        #expect(BSN.validate("123456789") == .failure(.failsElevenTest))
        #expect(BSN.validate("12345") == .failure(.wrongLength))
        #expect(BSN.validate("12345678a") == .failure(.notDigits))
        #expect(BSN.validate("000000000") == .failure(.failsElevenTest))
    }

    @Test("Grouped for reading aloud")
    func grouped() {
        #expect(BSN("111222333")?.grouped == "1112.22.333")
    }
}
