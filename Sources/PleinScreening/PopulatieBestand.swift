import Foundation
import PleinRules

/// `plein screen --generate`: writes a synthetic population as households.csv, generated and
/// formatted in blocks on every core and written in order, in constant memory.
public struct PopulatieBestand: Sendable {
    public let generator: PopulatieGenerator
    /// The municipality codes the gemeente column refers to (`BatchKernel.gemeenten`).
    public let gemeenten: [String]
    public var blokGrootte = 50_000
    public var kernen = ProcessInfo.processInfo.activeProcessorCount

    public init(generator: PopulatieGenerator, gemeenten: [String]) {
        self.generator = generator
        self.gemeenten = gemeenten
    }

    public func schrijf(aantal: Int, naar pad: String, voortgang: Voortgang? = nil) throws(ScreeningFout) {
        guard FileManager.default.createFile(atPath: pad, contents: nil),
              let doel = FileHandle(forWritingAtPath: pad) else { throw .bestandNietSchrijfbaar(pad) }
        defer { try? doel.close() }
        try doel.schrijf(Array((HuishoudensCSV.kopregel + "\n").utf8), pad: pad)
        let blokken = (0..<max(2 * kernen, 2)).map { _ in PopulatieBlok() }
        var volgende = 0
        while volgende < aantal {
            let starts = Array(stride(from: volgende, to: aantal, by: blokGrootte).prefix(blokken.count))
            DispatchQueue.concurrentPerform(iterations: starts.count) { index in
                let start = starts[index]
                blokken[index].vul(start..<min(start + blokGrootte, aantal), generator, gemeenten)
            }
            for blok in blokken[..<starts.count] { try doel.schrijf(blok.uitvoer.bytes, pad: pad) }
            volgende = min(starts.last! + blokGrootte, aantal)
            voortgang?.toon(gedaan: volgende, huishoudens: volgende)
        }
    }
}
