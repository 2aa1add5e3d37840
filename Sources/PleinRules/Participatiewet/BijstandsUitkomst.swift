import PleinDomain

/// The result of the bijstand computation as plain values; `Bijstand` turns it into text.
public struct BijstandsUitkomst: Hashable, Sendable {
    public enum Afwijzing: Hashable, Sendable {
        case jongerDan18
        case vermogenBovenGrens
        case inkomenNietLagerDanNorm
    }

    public enum Ontbrekend: Hashable, Sendable {
        case vermogen
        case eigenWoningVermogen
    }

    public enum Status: Hashable, Sendable {
        case recht
        case geenRecht(Afwijzing)
        case onbekend(Ontbrekend)
    }

    public var status: Status
    public var leefvorm: Leefvorm
    public var norm: Money
    /// Earnings left out under the exemptions, summed over aanvrager and partner.
    public var vrijlating: Money
    /// Income taken into account (art. 32) after the exemptions.
    public var inkomen: Money
    /// Norm minus income, never negative; includes vakantietoeslag (art. 19 lid 2, 3).
    public var bedrag: Money
    /// The part of `bedrag` that is vakantietoeslag: 4,8% of the bijstand (art. 19 lid 3).
    public var vakantietoeslag: Money
    /// Art. 50: bijstand is granted as a loan because the own home holds vermogen above the
    /// exemption.
    public var alsGeldlening: Bool
}
