import PleinRules

/// What the batch kernel cannot go below with its data layout: every input column it reads,
/// read once per household the way the kernel reads them, and one right and one amount written
/// per scheme into the same column-major output — with no rules in between (the values are
/// only folded together so nothing is optimised away). The distance between this and the
/// kernel is what the schemes themselves cost (RESULTS.md).
struct DataMovementFloor {
    private(set) var recht: [UInt8] = []
    private(set) var perMaand: [Int64] = []

    mutating func beweeg(_ h: HuishoudenKolommen, regelingen: Int) {
        let n = h.count
        if recht.count != regelingen * n {
            recht = Array(repeating: 0, count: regelingen * n)
            perMaand = Array(repeating: 0, count: regelingen * n)
        }
        recht.withUnsafeMutableBufferPointer { recht in
            perMaand.withUnsafeMutableBufferPointer { perMaand in
                for i in 0..<n {
                    var s = Int64(h.gemeente[i]) &+ h.vermogen[i] &+ Int64(h.woning[i]) &+ h.kaleHuur[i]
                        &+ h.servicekosten[i] &+ h.overwaarde[i] &+ Int64(h.maandenLaagInkomen[i])
                        &+ h.gemeentelijkeBelastingen[i]
                    s = s &+ Self.fold(h.aanvrager, i) &+ Self.fold(h.partner, i)
                    for j in Int(h.ledenStart[i])..<Int(h.ledenStart[i + 1]) {
                        s = s &+ Int64(h.leden.isKind[j]) &+ Int64(h.leden.geboortedatum[j]) &+ h.leden.toetsingsinkomen[j]
                            &+ Int64(h.leden.kostendelerUitzondering[j]) &+ Int64(h.leden.opvangSoort[j])
                            &+ Int64(h.leden.opvangUren[j]) &+ h.leden.opvangUurprijs[j]
                    }
                    for r in 0..<regelingen {
                        recht[r * n + i] = UInt8(truncatingIfNeeded: s &>> r) & 3
                        perMaand[r * n + i] = s &>> r
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func fold(_ p: PersoonKolommen, _ i: Int) -> Int64 {
        Int64(p.geboortedatum[i]) &+ p.toetsingsinkomen[i] &+ p.nettoInkomen[i] &+ p.nettoArbeidsinkomen[i]
            &+ Int64(p.werktSinds[i]) &+ Int64(p.kenmerken[i])
    }
}
