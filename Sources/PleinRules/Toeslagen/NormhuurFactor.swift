import PleinDomain

/// A factor a or b of the normhuur formula a × Y² + b × Y (Wet op de huurtoeslag art. 19 lid 2,
/// to 2025), exact: the Regeling huurtoeslaggrenzen states them with twelve decimals, so
/// `biljoensten` is the factor times 10¹².
public struct NormhuurFactor: Hashable, Sendable {
    public let biljoensten: Int64

    /// A factor is a small fraction; the bound keeps `Huurtoeslag.normhuur`'s 128-bit
    /// arithmetic (which multiplies b by 100) from overflowing.
    public init(biljoensten: Int64) {
        precondition(biljoensten.magnitude < 1_000_000_000_000_000, "normhuur factor out of range")
        self.biljoensten = biljoensten
    }

    /// "0,000000438698", "-0,001382497146": all twelve decimals, as the Regeling writes them.
    public var weergave: String {
        let magnitude = biljoensten.magnitude
        var decimalen = String(magnitude % 1_000_000_000_000)
        decimalen = String(repeating: "0", count: 12 - decimalen.count) + decimalen
        return (biljoensten < 0 ? "-" : "") + String(magnitude / 1_000_000_000_000) + "," + decimalen
    }
}
