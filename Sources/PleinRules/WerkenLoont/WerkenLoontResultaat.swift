import PleinDomain

/// "Werken loont": household income per month over the next 12 months, now and with the job.
public struct WerkenLoontResultaat: Hashable, Sendable {
    public let peildatum: CivilDate
    public let nettoLoonPerMaand: Money
    public let maanden: [WerkenLoontMaand]
    /// Plain-Dutch summary (B1).
    public let toelichting: String
    /// Every assumption the figures rest on, in plain Dutch.
    public let aannames: [String]

    public var verschilOver12Maanden: Money { maanden.reduce(.zero) { $0 + $1.verschil } }
}
