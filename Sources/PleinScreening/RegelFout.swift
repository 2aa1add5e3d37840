/// A malformed row of households.csv: where, and what is wrong with it.
public struct RegelFout: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based, the header being line 1.
    public var regel: Int
    public var melding: String

    public init(regel: Int, melding: String) {
        self.regel = regel
        self.melding = melding
    }

    public var description: String { "regel \(regel): \(melding)" }
}
