import PleinRules

/// One block of households.csv on its way through a core: its lines, parsed into columns,
/// evaluated by the kernel and formatted as results.csv rows. Reused from block to block, so
/// a run holds a fixed number of these and its memory does not grow with the file.
final class ScreeningBlok: @unchecked Sendable {
    // Unchecked: a block is touched by one thread at a time — filled by the reader, processed
    // by one worker inside `concurrentPerform`, then written out by the reader again.
    var invoer: [UInt8] = []
    private var kolommen = HuishoudenKolommen()
    private var uitkomsten = UitkomstKolommen()
    private var ids: [Range<Int>] = []
    private(set) var uitvoer = ByteSchrijver(capacity: 0)
    /// Malformed lines, numbered from 1 within the block.
    private(set) var fouten: [RegelFout] = []
    private(set) var regels = 0
    var huishoudens: Int { kolommen.count }

    func verwerk(_ lezer: HuishoudenRegelLezer, _ kernel: BatchKernel) {
        kolommen.removeAll()
        ids.removeAll(keepingCapacity: true)
        fouten.removeAll(keepingCapacity: true)
        uitvoer.removeAll()
        regels = 0
        invoer.withUnsafeBytes { bytes in
            var start = 0
            while start < bytes.count {
                var einde = start
                while einde < bytes.count && bytes[einde] != UInt8(ascii: "\n") { einde += 1 }
                regels += 1
                var regelEinde = einde
                if regelEinde > start && bytes[regelEinde - 1] == UInt8(ascii: "\r") { regelEinde -= 1 }
                // An empty line holds no household; it is not a row to report.
                if regelEinde > start {
                    do throws(VeldFout) {
                        let id = try lezer.lees(UnsafeRawBufferPointer(rebasing: bytes[start..<regelEinde]), into: &kolommen)
                        ids.append((id.lowerBound + start)..<(id.upperBound + start))
                    } catch {
                        fouten.append(RegelFout(regel: regels, melding: error.melding))
                    }
                }
                start = einde + 1
            }
            kernel.bereken(kolommen, into: &uitkomsten)
            for (i, id) in ids.enumerated() {
                uitvoer.resultaat(id: UnsafeRawBufferPointer(rebasing: bytes[id]), uitkomsten, i)
            }
        }
    }
}
