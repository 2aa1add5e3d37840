/// Whether the household is likely entitled: yes, no, or not decidable yet.
public enum Recht: Hashable, Sendable {
    case ja
    case nee
    /// Undecided; `vraag` names the missing answer, or is nil when no answer from the resident
    /// can decide it (a discretionary municipal decision such as bijzondere bijstand).
    case onbekend(Vraag?)

    /// The JSON form: true, false or null.
    public var bool: Bool? {
        switch self {
        case .ja: return true
        case .nee: return false
        case .onbekend: return nil
        }
    }
}
