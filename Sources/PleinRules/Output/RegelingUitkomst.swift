import PleinDomain

/// The outcome of one scheme for one household.
public struct RegelingUitkomst: Hashable, Sendable {
    /// Stable code: "bijstand", "zorgtoeslag", … or a local scheme's code.
    public var code: String
    /// Display name: "Bijstand (Participatiewet)".
    public var naam: String
    public var recht: Recht
    /// Zero when there is no right or it is unknown.
    public var bedragPerMaand: Money
    public var bedragPerJaar: Money
    /// Plain-Dutch (B1) explanation of the outcome.
    public var toelichting: String
    /// The computation, every step with its legal source; empty when evaluated without trace.
    public var trace: TraceStappen
    public var volgendeStap: VolgendeStap

    public init(code: String, naam: String, recht: Recht, bedragPerMaand: Money,
                bedragPerJaar: Money, toelichting: String, trace: TraceStappen = TraceStappen(),
                volgendeStap: VolgendeStap) {
        self.code = code
        self.naam = naam
        self.recht = recht
        self.bedragPerMaand = bedragPerMaand
        self.bedragPerJaar = bedragPerJaar
        self.toelichting = toelichting
        self.trace = trace
        self.volgendeStap = volgendeStap
    }
}
