/// Why a screening or generation run could not complete; the message names the problem for
/// the user (stderr, exit code 2).
public enum ScreeningFout: Error, Equatable, Sendable, CustomStringConvertible {
    case bestandNietLeesbaar(String)
    case bestandNietSchrijfbaar(String)
    case kopregel(String)
    case ongeldigeRegel(RegelFout)

    public var description: String {
        switch self {
        case .bestandNietLeesbaar(let pad): return "Kan \(pad) niet lezen."
        case .bestandNietSchrijfbaar(let pad): return "Kan \(pad) niet schrijven."
        case .kopregel(let melding): return "Ongeldige kopregel: \(melding)"
        case .ongeldigeRegel(let fout): return "Ongeldige regel, gestopt: \(fout)"
        }
    }
}
