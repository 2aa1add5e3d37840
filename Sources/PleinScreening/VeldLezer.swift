import PleinDomain
import PleinRules

/// Reads the values of households.csv fields from their bytes, without building strings
/// (docs/screening.md: amounts in euro with a decimal point, dates YYYY-MM-DD).
enum VeldLezer {
    /// An amount in euro ("1234", "1234.5", "-12.30") as cents; nil for an empty field.
    static func bedrag(_ veld: UnsafeRawBufferPointer, negatief: Bool = false) throws(VeldFout) -> Int64? {
        guard !veld.isEmpty else { return nil }
        var index = 0
        let min = veld[0] == UInt8(ascii: "-")
        if min {
            guard negatief else { throw VeldFout("'\(tekst(veld))' is negatief; dat kan hier niet") }
            index = 1
        }
        var euro: Int64 = 0
        let eersteCijfer = index
        while index < veld.count, let cijfer = cijfer(veld[index]) {
            // Wrapping: more than 13 digits is refused below, and checked arithmetic would
            // trap (and stop the whole run) on a 20-digit field before that check is reached.
            euro = euro &* 10 &+ cijfer
            index += 1
        }
        let cijfers = index - eersteCijfer
        var cent: Int64 = 0
        if index < veld.count && veld[index] == UInt8(ascii: ".") {
            index += 1
            let decimalen = veld.count - index
            guard (1...2).contains(decimalen), let a = cijfer(veld[index]) else { throw geenBedrag(veld) }
            if decimalen == 2 {
                guard let b = cijfer(veld[index + 1]) else { throw geenBedrag(veld) }
                cent = a * 10 + b
            } else {
                cent = a * 10
            }
            index = veld.count
        }
        guard index == veld.count, (1...13).contains(cijfers) else { throw geenBedrag(veld) }
        let waarde = euro * 100 + cent
        return min ? -waarde : waarde
    }

    /// A whole number within `bereik`; nil for an empty field.
    static func geheel(_ veld: UnsafeRawBufferPointer, bereik: ClosedRange<Int>) throws(VeldFout) -> Int? {
        guard !veld.isEmpty else { return nil }
        guard veld.count <= 9 else { throw VeldFout("'\(tekst(veld))' is geen geheel getal van \(bereik.lowerBound) tot en met \(bereik.upperBound)") }
        var waarde = 0
        for byte in veld {
            guard let cijfer = cijfer(byte) else {
                throw VeldFout("'\(tekst(veld))' is geen geheel getal van \(bereik.lowerBound) tot en met \(bereik.upperBound)")
            }
            waarde = waarde * 10 + Int(cijfer)
        }
        guard bereik.contains(waarde) else {
            throw VeldFout("\(waarde) ligt niet tussen \(bereik.lowerBound) en \(bereik.upperBound)")
        }
        return waarde
    }

    /// A date YYYY-MM-DD as `PackedDate`; nil for an empty field.
    static func datum(_ veld: UnsafeRawBufferPointer) throws(VeldFout) -> Int32? {
        guard !veld.isEmpty else { return nil }
        func getal(_ range: Range<Int>) -> Int? {
            var waarde = 0
            for index in range {
                guard let cijfer = cijfer(veld[index]) else { return nil }
                waarde = waarde * 10 + Int(cijfer)
            }
            return waarde
        }
        guard veld.count == 10, veld[4] == UInt8(ascii: "-"), veld[7] == UInt8(ascii: "-"),
              let jaar = getal(0..<4), let maand = getal(5..<7), let dag = getal(8..<10),
              let datum = CivilDate(year: jaar, month: maand, day: dag)
        else { throw VeldFout("'\(tekst(veld))' is geen datum (JJJJ-MM-DD)") }
        return PackedDate.pack(datum)
    }

    /// "ja" or "nee"; an empty field is "nee".
    static func janee(_ veld: UnsafeRawBufferPointer) throws(VeldFout) -> Bool {
        if veld.isEmpty || gelijk(veld, "nee") { return false }
        if gelijk(veld, "ja") { return true }
        throw VeldFout("'\(tekst(veld))' is geen ja of nee")
    }

    /// Whether the field is exactly `tekst`.
    static func gelijk(_ veld: UnsafeRawBufferPointer, _ tekst: StaticString) -> Bool {
        tekst.withUTF8Buffer { $0.elementsEqual(veld) }
    }

    /// The field as text, for messages only.
    static func tekst(_ veld: UnsafeRawBufferPointer) -> String { String(decoding: veld, as: UTF8.self) }

    @inline(__always)
    private static func cijfer(_ byte: UInt8) -> Int64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int64(byte - UInt8(ascii: "0")) : nil
    }

    private static func geenBedrag(_ veld: UnsafeRawBufferPointer) -> VeldFout {
        VeldFout("'\(tekst(veld))' is geen bedrag in euro (bijvoorbeeld 1234.56)")
    }
}
