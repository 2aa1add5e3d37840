/// One recorded step in a trace's flat storage (`TraceStappen`). Steps are stored in the order
/// they were opened (pre-order); a step's sub-steps follow it, up to `einde`.
struct TraceKnoop: Hashable, Sendable {
    var omschrijving: String
    var waarde: TraceWaarde?
    var bron: LegalReference
    /// The index just past this step's last sub-step (its own index + 1 for a leaf). While
    /// `TreeTrace` still has the step open, the index of the step it is nested in (-1: none).
    var einde: Int
}
