/// Receives the steps of a computation. Schemes are generic over it, so the same code either
/// builds a trace tree (`TreeTrace`) or, specialised for `NoTrace`, compiles the trace away:
/// the arguments are autoclosures that a non-recording recorder never evaluates, so a batch
/// run pays no string building or allocation for explanations nobody reads.
public protocol TraceRecorder {
    /// A leaf step.
    mutating func step(_ omschrijving: @autoclosure () -> String,
                       _ waarde: @autoclosure () -> TraceWaarde?,
                       bron: @autoclosure () -> LegalReference)
    /// Opens a step whose sub-steps follow until the matching `end`.
    mutating func begin(_ omschrijving: @autoclosure () -> String,
                        bron: @autoclosure () -> LegalReference)
    /// Closes the innermost open step and records its outcome.
    mutating func end(_ waarde: @autoclosure () -> TraceWaarde?)
}
