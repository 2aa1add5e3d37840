/// Splits bytes at a separator without allocating: the pieces are views into the input, an
/// empty input is one empty piece.
struct Splitser {
    private let bytes: UnsafeRawBufferPointer
    private let scheiding: UInt8
    private var positie = 0
    private var klaar = false

    init(_ bytes: UnsafeRawBufferPointer, _ scheiding: UInt8) {
        self.bytes = bytes
        self.scheiding = scheiding
    }

    mutating func volgende() -> UnsafeRawBufferPointer? {
        guard !klaar else { return nil }
        var einde = positie
        while einde < bytes.count && bytes[einde] != scheiding { einde += 1 }
        let stuk = UnsafeRawBufferPointer(rebasing: bytes[positie..<einde])
        if einde == bytes.count { klaar = true } else { positie = einde + 1 }
        return stuk
    }
}
