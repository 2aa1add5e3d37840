/// `Recht` as one byte, for the batch kernel's output columns: the screening needs only
/// whether there is a right, not the question to ask.
public enum BatchRecht: UInt8, Hashable, Sendable {
    case nee
    case ja
    case onbekend
    /// A local scheme of another municipality than the household's.
    case nietVanToepassing

    public init(_ recht: Recht) {
        switch recht {
        case .ja: self = .ja
        case .nee: self = .nee
        case .onbekend: self = .onbekend
        }
    }
}
