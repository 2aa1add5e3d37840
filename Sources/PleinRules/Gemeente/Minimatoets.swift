import PleinDomain

/// The comparison municipal schemes make: the household's net income against a percentage of
/// its applicable bijstandsnorm (Participatiewet art. 5 sub c, incl. kostendelersnorm).
struct Minimatoets {
    let norm: Money
    let inkomen: Money
    let invoer: BijstandsInvoer

    init<Trace: TraceRecorder>(_ context: EvaluationContext, trace: inout Trace) {
        invoer = context.bijstandsInvoer
        norm = context.bijstandsnorm
        // The norm's own computation is in the bijstand trace; here it is cited as one step.
        trace.step("Bijstandsnorm van het huishouden (zie bijstand)", .bedrag(norm),
                   bron: Wet.participatiewet.artikel("5", onderdeel: "c"))
        inkomen = invoer.aanvrager.nettoInkomen + (invoer.partner?.nettoInkomen ?? .zero)
        trace.step("Netto inkomen van het huishouden per maand", .bedrag(inkomen),
                   bron: Wet.participatiewet.artikel("32", lid: "1"))
    }

    /// `percentage` of the norm, rounded to the cent.
    func grens(_ percentage: Int) -> Money { norm.multiplied(by: Int64(percentage), dividedBy: 100) }
}
