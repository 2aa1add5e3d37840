@testable import App
import Testing

@Suite("Tokens")
struct TokenDigestTests {
    @Test("Tokens use the URL-safe Base64 alphabet without padding (RFC 4648 §5)")
    func urlSafeAlphabet() {
        // Standard Base64 of these bytes is "+/8=": each of the three replaced characters once.
        #expect([UInt8]([0xFB, 0xFF]).base64URLEncoded == "-_8")
        #expect([UInt8]([0x00, 0x10, 0x83]).base64URLEncoded == "ABCD")
        let token = TokenDigest.newToken(prefix: "plein_")
        #expect(token.hasPrefix("plein_"))
        #expect(token.count == 6 + 43, "32 random bytes are 43 characters without padding")
        #expect(token.dropFirst(6).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }
}
