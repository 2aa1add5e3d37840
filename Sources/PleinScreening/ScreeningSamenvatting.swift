/// What a screening run did.
public struct ScreeningSamenvatting: Hashable, Sendable {
    /// Households evaluated and written to results.csv.
    public var huishoudens = 0
    /// Malformed lines skipped (each reported).
    public var overgeslagen = 0
}
