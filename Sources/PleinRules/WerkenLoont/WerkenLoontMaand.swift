import PleinDomain

/// One month of the comparison.
public struct WerkenLoontMaand: Hashable, Sendable {
    /// The month's reference date (peildatum + n months).
    public let maand: CivilDate
    /// The date whose statutory figures were used: `maand`, or — after the supported period —
    /// the last supported month (stated in `WerkenLoontResultaat.aannames`).
    public let parametersOp: CivilDate
    public let huidig: Inkomensopbouw
    public let metWerk: Inkomensopbouw

    public var verschil: Money { metWerk.totaal - huidig.totaal }
}
