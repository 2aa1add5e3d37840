/// The question to ask when a scheme cannot decide without one more fact.
public struct Vraag: Hashable, Sendable {
    /// The input field that answers it, as a JSON path ("vermogen", "woning.overwaarde").
    public let veld: String
    /// The question in plain Dutch (B1).
    public let tekst: String

    public init(veld: String, tekst: String) {
        self.veld = veld
        self.tekst = tekst
    }
}
