/// Builds CSV output as bytes: numbers, amounts and dates are written digit by digit into a
/// reused buffer, so formatting a row allocates no strings.
struct ByteSchrijver {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func byte(_ byte: UInt8) { bytes.append(byte) }

    mutating func tekst(_ tekst: StaticString) {
        tekst.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func tekst(_ tekst: String) { bytes.append(contentsOf: tekst.utf8) }

    mutating func bytes(_ raw: UnsafeRawBufferPointer) { bytes.append(contentsOf: raw) }

    mutating func geheel(_ waarde: Int64) {
        if waarde < 0 { byte(UInt8(ascii: "-")) }
        cijfers(waarde.magnitude, minimaal: 1)
    }

    /// Cents as euro with two decimals: "1234.56", "-0.05".
    mutating func bedrag(_ cents: Int64) {
        // Most amounts in results.csv are zero: no right.
        if cents == 0 { return tekst("0.00") }
        if cents < 0 { byte(UInt8(ascii: "-")) }
        let waarde = cents.magnitude
        cijfers(waarde / 100, minimaal: 1)
        byte(UInt8(ascii: "."))
        cijfers(waarde % 100, minimaal: 2)
    }

    /// A `PackedDate` as YYYY-MM-DD.
    mutating func datum(_ packed: Int32) {
        let waarde = UInt64(packed)
        cijfers(waarde / 10_000, minimaal: 4)
        byte(UInt8(ascii: "-"))
        cijfers(waarde / 100 % 100, minimaal: 2)
        byte(UInt8(ascii: "-"))
        cijfers(waarde % 100, minimaal: 2)
    }

    /// The decimal digits of `waarde`, left-padded with zeros to `minimaal` (at most 20).
    private mutating func cijfers(_ waarde: UInt64, minimaal: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var rest = waarde
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0 || buffer.count - index < minimaal
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index...]))
        }
    }
}
