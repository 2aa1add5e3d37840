import Foundation

/// A fresh directory for one test's files, removed when the test is done with it.
final class TijdelijkeMap {
    let pad: String

    init() throws {
        pad = NSTemporaryDirectory() + "plein-screening-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: pad, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: pad) }

    func bestand(_ naam: String) -> String { pad + "/" + naam }

    func schrijf(_ naam: String, _ inhoud: String) throws -> String {
        let pad = bestand(naam)
        try Data(inhoud.utf8).write(to: URL(fileURLWithPath: pad))
        return pad
    }

    func lees(_ naam: String) throws -> String { try String(contentsOfFile: bestand(naam), encoding: .utf8) }
}
