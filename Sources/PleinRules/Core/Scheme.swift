/// One scheme (regeling): given a household and the parameters for its peildatum, decides the
/// right and the amount. Implementations are stateless values; add one to `SchemeRegistry`.
public protocol Scheme: Sendable {
    /// The code in the output ("bijstand", "zorgtoeslag"); unique in the registry.
    var code: String { get }
    var naam: String { get }
    /// Decides whether "werken loont" adds the amount to monthly household income.
    var soort: RegelingSoort { get }
    /// Pure: the same context gives the same outcome. `trace` receives every step; the
    /// returned outcome's `trace` is left empty, the engine attaches the recorded steps.
    func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                        trace: inout Trace) -> RegelingUitkomst
}
