/// The factors of the normhuur formula for one year (to 2025), per type of household.
public struct Normhuurfactoren: Sendable {
    public let aEenpersoons: Dated<NormhuurFactor>
    public let bEenpersoons: Dated<NormhuurFactor>
    public let aMeerpersoons: Dated<NormhuurFactor>
    public let bMeerpersoons: Dated<NormhuurFactor>
}
