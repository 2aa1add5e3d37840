import PleinDomain

/// The peildata for which every parameter table holds figures read from the law. A peildatum
/// outside this range is refused: answering with another year's figures would look right and
/// be wrong.
public enum SupportedPeriod {
    public static let first = CivilDate.ymd(2025, 1, 1)
    public static let last = CivilDate.ymd(2026, 12, 31)
    public static var range: ClosedRange<CivilDate> { first...last }

    public static func check(_ peildatum: CivilDate) throws(RulesError) {
        guard range.contains(peildatum) else {
            throw .peildatumBuitenBereik(peildatum, supported: range)
        }
    }
}
