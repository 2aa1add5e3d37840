import PleinDomain

/// Bijzondere bijstand (Participatiewet art. 35): for necessary costs arising from special
/// circumstances. It depends on the costs and the college's judgement, so the engine only
/// advises: `recht` stays unknown, with an explanation and where to apply.
public struct BijzondereBijstand: Scheme {
    public init() {}
    public var code: String { "bijzondereBijstand" }
    public var naam: String { "Bijzondere bijstand" }
    public var soort: RegelingSoort { .gemeentelijk }

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        trace.step("Bijzondere bijstand hangt af van uw kosten en het oordeel van de gemeente", nil,
                   bron: Wet.participatiewet.artikel("35", lid: "1"))
        let loket = context.gemeente?.bijzondereBijstand
            ?? Loket(tekst: "Vraag bijzondere bijstand aan bij uw gemeente.", waar: "Gemeente")
        return RegelingUitkomst(
            code: code, naam: naam, recht: .onbekend(nil), bedragPerMaand: .zero, bedragPerJaar: .zero,
            toelichting: "Heeft u hoge kosten die u niet kunt betalen, zoals een bril, een verhuizing of "
                + "kosten voor uw gezondheid? Dan kunt u bijzondere bijstand vragen. De gemeente kijkt naar "
                + "uw kosten en uw inkomen. Wij kunnen dit niet vooraf uitrekenen.",
            volgendeStap: loket.volgendeStap)
    }
}
