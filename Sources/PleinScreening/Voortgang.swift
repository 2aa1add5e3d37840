import Foundation

/// A progress bar on stderr, only when stderr is a terminal: in a pipe or a log file it would
/// only be noise, so `init` then gives nil.
public final class Voortgang: @unchecked Sendable {
    // Unchecked: used only from the thread that runs the screening loop.
    private let totaal: Int
    private var getoond = false

    public init?(totaal: Int) {
        guard isatty(STDERR_FILENO) == 1, totaal > 0 else { return nil }
        self.totaal = totaal
    }

    /// Redraws the bar: `gedaan` out of the total, and how many households so far.
    public func toon(gedaan: Int, huishoudens: Int) {
        let breedte = 30
        let deel = min(max(Double(gedaan) / Double(totaal), 0), 1)
        let gevuld = Int(deel * Double(breedte))
        let balk = String(repeating: "█", count: gevuld) + String(repeating: "░", count: breedte - gevuld)
        schrijf("\r\(balk) \(Int(deel * 100))%  \(huishoudens) huishoudens")
        getoond = true
    }

    /// Clears the bar's line, so a message can take it.
    public func wis() {
        if getoond { schrijf("\r\u{1B}[K") }
        getoond = false
    }

    private func schrijf(_ tekst: String) { FileHandle.standardError.write(Data(tekst.utf8)) }
}
