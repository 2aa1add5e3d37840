import Foundation
import PleinDomain

/// A `timestamptz` as PostgreSQL writes it in JSON: `2026-11-22T11:58:00.123456+01:00` (the
/// fraction and the offset's minutes may be absent). Foundation's ISO 8601 parsers take a fixed
/// number of fraction digits, PostgreSQL writes up to six.
enum JSONTimestamp {
    static func date(_ text: String) -> Date? {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 22, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"),
              let day = CivilDate(iso: text.prefix(10)),
              let hour = number(utf8[11..<13]), let minute = number(utf8[14..<16]), let second = number(utf8[17..<19])
        else { return nil }
        var index = 19
        var fraction = 0.0
        if utf8[index] == UInt8(ascii: ".") {
            var scale = 0.1
            index += 1
            while index < utf8.count, let digit = number(utf8[index..<index + 1]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
        }
        guard index + 3 <= utf8.count, utf8[index] == UInt8(ascii: "+") || utf8[index] == UInt8(ascii: "-"),
              let offsetHours = number(utf8[index + 1..<index + 3]) else { return nil }
        var offsetMinutes = 0
        if index + 3 < utf8.count {
            guard index + 6 == utf8.count, utf8[index + 3] == UInt8(ascii: ":"), let minutes = number(utf8[index + 4..<index + 6]) else { return nil }
            offsetMinutes = minutes
        }
        let offset = (offsetHours * 60 + offsetMinutes) * 60 * (utf8[index] == UInt8(ascii: "-") ? -1 : 1)
        let seconds = day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}
