import Foundation

extension UUID {
    /// A version 7 UUID (RFC 9562 § 5.7): the Unix time in milliseconds, then 74 random bits.
    ///
    /// For the rows of the append-only logs, written on every request that touches personal
    /// data. A random (version 4) key lands on a random page of the primary-key index; once that
    /// index outgrows memory (the processing log's reached 480 MB on the benchmark database)
    /// nearly every insert reads a page from disk and writes a whole page to the WAL after each
    /// checkpoint. Keys in time order land on the index's last page, which stays in memory.
    /// Within one millisecond the order is random, which no reader depends on.
    static func timeOrdered(at date: Date = Date()) -> UUID {
        var random = SystemRandomNumberGenerator()
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        let high = random.next() as UInt64, low = random.next() as UInt64
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (40 - 8 * UInt64(index))) }
        for index in 6..<8 { bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * UInt64(index))) }
        for index in 8..<16 { bytes[index] = UInt8(truncatingIfNeeded: low >> (8 * UInt64(index - 8))) }
        bytes[6] = 0x70 | (bytes[6] & 0x0F)  // version 7
        bytes[8] = 0x80 | (bytes[8] & 0x3F)  // variant 10
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
