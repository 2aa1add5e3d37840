import PleinRules

/// One block of a synthetic population: generated into columns, then formatted as
/// households.csv rows. Reused from block to block.
final class PopulatieBlok: @unchecked Sendable {
    // Unchecked: one worker at a time fills a block inside `concurrentPerform`; the writer
    // reads it after that returns.
    private var kolommen = HuishoudenKolommen()
    private(set) var uitvoer = ByteSchrijver(capacity: 0)

    /// Households `bereik` (numbered from 1 in their id column).
    func vul(_ bereik: Range<Int>, _ generator: PopulatieGenerator, _ gemeenten: [String]) {
        kolommen.removeAll()
        uitvoer.removeAll()
        generator.genereer(bereik, into: &kolommen)
        for i in 0..<kolommen.count {
            uitvoer.huishouden(id: bereik.lowerBound + i + 1, kolommen, i, gemeenten: gemeenten)
        }
    }
}
