/// Lower-case hexadecimal text of bytes: digests, pseudonyms, span ids. Written out by hand
/// because `String(format: "%02x")` per byte went through Foundation's formatter and was a sixth
/// of a work-queue request's CPU time (25 pseudonyms per page).
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            utf8.append(digits[Int(byte >> 4)])
            utf8.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
