/// One step of a computation as shown to a resident or professional: what was determined,
/// the outcome, the article it rests on, and the sub-steps it was computed from. A view into
/// the trace it belongs to (`TraceStappen`), so reading it copies nothing.
public struct TraceStap: Hashable, Sendable {
    let knopen: [TraceKnoop]
    let index: Int

    public var omschrijving: String { knopen[index].omschrijving }
    public var waarde: TraceWaarde? { knopen[index].waarde }
    public var bron: LegalReference { knopen[index].bron }
    public var stappen: TraceStappen { TraceStappen(knopen, index + 1 ..< knopen[index].einde) }

    public static func == (lhs: TraceStap, rhs: TraceStap) -> Bool {
        lhs.omschrijving == rhs.omschrijving && lhs.waarde == rhs.waarde && lhs.bron == rhs.bron
            && lhs.stappen == rhs.stappen
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(omschrijving)
        hasher.combine(waarde)
        hasher.combine(bron)
        hasher.combine(stappen)
    }
}
