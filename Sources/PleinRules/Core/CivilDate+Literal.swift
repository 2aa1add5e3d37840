import PleinDomain

extension CivilDate {
    /// For dates written in the source (parameter tables, statutory dates) that are known to
    /// be valid; a typo there is a programming error, so it traps.
    static func ymd(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        guard let date = CivilDate(year: year, month: month, day: day) else {
            preconditionFailure("invalid date literal \(year)-\(month)-\(day)")
        }
        return date
    }
}
