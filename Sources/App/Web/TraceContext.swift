/// W3C trace-context ids. An incoming `traceparent` from a partner system is continued, so
/// one trace id links the partner's log, our audit log and our processing log.
enum TraceContext {
    static func newTraceID() -> String {
        (0..<16).map { _ in hex(UInt8.random(in: 0...255)) }.joined()
    }

    /// The trace id of a valid `traceparent` header (version 00), or nil.
    static func traceID(fromTraceparent header: String?) -> String? {
        guard let parts = header?.split(separator: "-"), parts.count == 4, parts[0] == "00",
              parts[1].count == 32, parts[1].allSatisfy(\.isHexDigit), parts[1] != String(repeating: "0", count: 32)
        else { return nil }
        return parts[1].lowercased()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
    }
}
