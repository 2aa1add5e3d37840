/// Builds a short text (an amount, a date) byte by byte in a buffer on the stack, from its last
/// character to its first, and makes the `String` once. Texts of at most 15 bytes are then
/// stored inside the `String` itself, without an allocation: the rules engine writes dozens of
/// amounts per household into its explanations.
struct ShortText {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var start: Int

    static func make(capacity: Int, _ write: (inout ShortText) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var text = ShortText(buffer: buffer, start: capacity)
            write(&text)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[text.start...]), as: UTF8.self)
        }
    }

    /// Puts a UTF-8 byte in front of what is written so far.
    mutating func prepend(_ byte: UInt8) {
        precondition(start > 0, "ShortText capacity too small")
        start -= 1
        buffer[start] = byte
    }

    /// Puts the decimal digits of `value` in front, with leading zeros up to `width`.
    mutating func prepend(digitsOf value: UInt64, width: Int = 1) {
        var rest = value, written = 0
        repeat {
            precondition(start > 0, "ShortText capacity too small")
            start -= 1
            buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            written += 1
        } while rest > 0 || written < width
    }
}
