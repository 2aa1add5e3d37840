import Foundation
import PleinDomain
import PleinRules

/// `plein screen --input`: streams households.csv through the batch kernel into results.csv on
/// every core, in constant memory — a fixed set of blocks is read, processed in parallel and
/// written in input order, then reused.
public struct Screening: Sendable {
    public let kernel: BatchKernel
    public let beleid: FoutBeleid
    /// Bytes of households.csv per block: large enough that the per-block work is negligible.
    public var blokGrootte = 4 << 20
    public var kernen = ProcessInfo.processInfo.activeProcessorCount

    public init(kernel: BatchKernel, beleid: FoutBeleid) {
        self.kernel = kernel
        self.beleid = beleid
    }

    /// Screens `invoer` into `uitvoer`. A malformed line goes to `meld` and is skipped, or,
    /// with `.stoppen`, ends the run with `ScreeningFout.ongeldigeRegel` and no results file.
    public func screen(invoer: String, uitvoer: String, voortgang: Voortgang? = nil,
                       meld: (RegelFout) -> Void) throws(ScreeningFout) -> ScreeningSamenvatting {
        guard let bron = FileHandle(forReadingAtPath: invoer) else { throw .bestandNietLeesbaar(invoer) }
        defer { try? bron.close() }
        guard FileManager.default.createFile(atPath: uitvoer, contents: nil),
              let doel = FileHandle(forWritingAtPath: uitvoer) else { throw .bestandNietSchrijfbaar(uitvoer) }
        defer { try? doel.close() }
        do {
            return try screen(bron, doel, invoer: invoer, uitvoer: uitvoer, voortgang: voortgang, meld: meld)
        } catch {
            try? FileManager.default.removeItem(atPath: uitvoer)
            throw error
        }
    }

    private func screen(_ bron: FileHandle, _ doel: FileHandle, invoer: String, uitvoer: String,
                        voortgang: Voortgang?, meld: (RegelFout) -> Void) throws(ScreeningFout) -> ScreeningSamenvatting {
        let lezer = HuishoudenRegelLezer(peildatum: kernel.parameters.peildatum, gemeenten: kernel.gemeenten)
        let blokken = (0..<max(2 * kernen, 2)).map { _ in ScreeningBlok() }
        var bestand = BlokLezer(bron)
        var samenvatting = ScreeningSamenvatting()
        // Line 1 is the header; the first block's lines follow it.
        var regel = 2
        var eerste = true
        try doel.schrijf(Array((ResultatenCSV.kolommen(kernel.regelingen).joined(separator: ",") + "\n").utf8), pad: uitvoer)
        while true {
            var gevuld = 0
            do {
                while gevuld < blokken.count, try bestand.volgende(into: &blokken[gevuld].invoer, grootte: blokGrootte) {
                    if eerste {
                        try Screening.kopregel(uit: &blokken[gevuld].invoer)
                        eerste = false
                    }
                    gevuld += 1
                }
            } catch let fout as ScreeningFout {
                throw fout
            } catch {
                throw .bestandNietLeesbaar(invoer)
            }
            if eerste { throw .kopregel("het bestand is leeg") }
            guard gevuld > 0 else { break }
            DispatchQueue.concurrentPerform(iterations: gevuld) { blokken[$0].verwerk(lezer, kernel) }
            for blok in blokken[..<gevuld] {
                for fout in blok.fouten {
                    let gemeld = RegelFout(regel: regel + fout.regel - 1, melding: fout.melding)
                    guard beleid == .overslaan else { throw .ongeldigeRegel(gemeld) }
                    meld(gemeld)
                    samenvatting.overgeslagen += 1
                }
                try doel.schrijf(blok.uitvoer.bytes, pad: uitvoer)
                regel += blok.regels
                samenvatting.huishoudens += blok.huishoudens
            }
            voortgang?.toon(gedaan: bestand.gelezen, huishoudens: samenvatting.huishoudens)
        }
        return samenvatting
    }

    /// Checks and removes the header line at the start of the first block.
    static func kopregel(uit blok: inout [UInt8]) throws(ScreeningFout) {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = blok.starts(with: bom) ? bom.count : 0
        let einde = blok[start...].firstIndex(of: UInt8(ascii: "\n")) ?? blok.count
        var kop = String(decoding: blok[start..<einde], as: UTF8.self)
        if kop.hasSuffix("\r") { kop.removeLast() }
        let kolommen = kop.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        for (index, verwacht) in HuishoudensCSV.kolommen.enumerated() {
            guard index < kolommen.count else { throw .kopregel("kolom \(verwacht) ontbreekt (verwacht: \(HuishoudensCSV.kopregel))") }
            guard kolommen[index] == verwacht else {
                throw .kopregel("kolom \(index + 1) heet '\(kolommen[index])', verwacht '\(verwacht)'")
            }
        }
        guard kolommen.count == HuishoudensCSV.kolommen.count else {
            throw .kopregel("\(kolommen.count) kolommen, verwacht \(HuishoudensCSV.kolommen.count)")
        }
        blok.removeSubrange(..<min(einde + 1, blok.count))
    }
}
