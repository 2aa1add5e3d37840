/// What the resident should do next: where and how to apply.
public struct VolgendeStap: Hashable, Sendable {
    /// Plain-Dutch instruction: "Vraag bijstand aan bij uw gemeente."
    public let tekst: String
    /// The organisation: "Gemeente", "Belastingdienst/Toeslagen".
    public let waar: String
    public let url: String?

    public init(tekst: String, waar: String, url: String? = nil) {
        self.tekst = tekst
        self.waar = waar
        self.url = url
    }
}
