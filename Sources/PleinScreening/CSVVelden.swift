/// The fields of one CSV line (RFC 4180 quoting, no line breaks inside fields), read in order
/// without copying: each field is a view into the line.
struct CSVVelden {
    private let regel: UnsafeRawBufferPointer
    private var positie = 0
    private var klaar = false
    /// Fields read so far.
    private(set) var aantal = 0

    init(_ regel: UnsafeRawBufferPointer) { self.regel = regel }

    /// The next field's content (for a quoted field: between the quotes, with doubled quotes
    /// left as they are) and its raw bytes as they stand in the line; nil after the last.
    mutating func volgende() throws(VeldFout) -> (inhoud: UnsafeRawBufferPointer, ruw: UnsafeRawBufferPointer)? {
        guard !klaar else { return nil }
        let start = positie
        aantal += 1
        if positie < regel.count && regel[positie] == UInt8(ascii: "\"") {
            var index = positie + 1
            while true {
                guard index < regel.count else { throw VeldFout("aanhalingsteken niet gesloten") }
                if regel[index] == UInt8(ascii: "\"") {
                    if index + 1 < regel.count && regel[index + 1] == UInt8(ascii: "\"") {
                        index += 2
                        continue
                    }
                    break
                }
                index += 1
            }
            let inhoud = UnsafeRawBufferPointer(rebasing: regel[(start + 1)..<index])
            index += 1
            guard index == regel.count || regel[index] == UInt8(ascii: ",") else {
                throw VeldFout("tekst na het sluitende aanhalingsteken")
            }
            afsluiten(index)
            return (inhoud, UnsafeRawBufferPointer(rebasing: regel[start..<index]))
        }
        var index = positie
        while index < regel.count && regel[index] != UInt8(ascii: ",") { index += 1 }
        afsluiten(index)
        let veld = UnsafeRawBufferPointer(rebasing: regel[start..<index])
        return (veld, veld)
    }

    private mutating func afsluiten(_ einde: Int) {
        if einde == regel.count { klaar = true } else { positie = einde + 1 }
    }
}
