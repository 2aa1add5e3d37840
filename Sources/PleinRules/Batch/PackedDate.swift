import PleinDomain

/// A date as the integer yyyymmdd, the form the batch columns store: four bytes instead of a
/// `CivilDate`'s three words, ordered like the dates, and ages and calendar months follow
/// from integer arithmetic without calendar calls.
public enum PackedDate {
    /// "No date" in a column (no partner, no `werktSinds`).
    public static let geen: Int32 = 0

    public static func pack(_ date: CivilDate) -> Int32 { Int32(date.year * 10_000 + date.month * 100 + date.day) }

    public static func unpack(_ packed: Int32) -> CivilDate {
        let value = Int(packed)
        return CivilDate.ymd(value / 10_000, value / 100 % 100, value % 100)
    }

    /// Completed years on `peildatum`, as `CivilDate.age(on:)`: subtracting yyyymmdd values
    /// borrows exactly when (month, day) of the peildatum sorts before the birthday. Floor
    /// division (via the offset) keeps a birth after the peildatum at −1 like `age(on:)`.
    @inline(__always)
    static func leeftijd(_ geboortedatum: Int32, op peildatum: Int32) -> Int {
        let offset = 1_000 * 10_000
        return (Int(peildatum) - Int(geboortedatum) + offset) / 10_000 - 1_000
    }

    /// The calendar month as `CivilDate.maandnummer` (year × 12 + month − 1).
    @inline(__always)
    static func maandnummer(_ packed: Int32) -> Int {
        let value = Int(packed)
        return value / 10_000 * 12 + value / 100 % 100 - 1
    }
}
