/// One step of a computation as shown to a resident or professional: what was determined,
/// the outcome, the article it rests on, and the sub-steps it was computed from.
public struct TraceStap: Hashable, Sendable {
    public var omschrijving: String
    public var waarde: TraceWaarde?
    public var bron: LegalReference
    public var stappen: [TraceStap]

    public init(_ omschrijving: String, _ waarde: TraceWaarde? = nil, bron: LegalReference,
                stappen: [TraceStap] = []) {
        self.omschrijving = omschrijving
        self.waarde = waarde
        self.bron = bron
        self.stappen = stappen
    }
}
