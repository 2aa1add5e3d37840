/// How often an income part is paid. Organisations pay on different rhythms (wages every four
/// weeks, toeslagen monthly, kinderbijslag per quarter), so an overview of a household's income
/// needs each part as a monthly amount and its coming payment dates.
public enum PaymentFrequency: String, Codable, CaseIterable, Sendable {
    case week, vierWeken, maand, kwartaal, jaar

    /// The average amount per month: 52 weeks, 13 four-week periods, 4 quarters a year,
    /// rounded half away from zero to the cent.
    public func monthlyAmount(of payment: Money) -> Money {
        switch self {
        case .week: payment.multiplied(by: 52, dividedBy: 12)
        case .vierWeken: payment.multiplied(by: 13, dividedBy: 12)
        case .maand: payment
        case .kwartaal: payment.multiplied(by: 1, dividedBy: 3)
        case .jaar: payment.multiplied(by: 1, dividedBy: 12)
        }
    }

    /// The payment dates from `start` through `end`, counted from the first payment `anchor`
    /// (monthly rhythms keep the anchor's day, or the last day of a shorter month), stopping at
    /// `last` when the income ends.
    public func paymentDates(anchor: CivilDate, from start: CivilDate, through end: CivilDate,
                             last: CivilDate? = nil) -> [CivilDate] {
        let stop = last.map { Swift.min($0, end) } ?? end
        guard anchor <= stop else { return [] }
        var dates: [CivilDate] = []
        // Jump close to `start` instead of walking from an anchor years back.
        var index = Swift.max(0, estimatedPeriods(from: anchor, to: start) - 1)
        while true {
            let date = occurrence(index, after: anchor)
            if date > stop { break }
            if date >= start { dates.append(date) }
            index += 1
        }
        return dates
    }

    private func occurrence(_ index: Int, after anchor: CivilDate) -> CivilDate {
        switch self {
        case .week: anchor.adding(days: 7 * index)
        case .vierWeken: anchor.adding(days: 28 * index)
        case .maand: anchor.adding(months: index)
        case .kwartaal: anchor.adding(months: 3 * index)
        case .jaar: anchor.adding(years: index)
        }
    }

    private func estimatedPeriods(from anchor: CivilDate, to date: CivilDate) -> Int {
        let days = date.daysSinceEpoch - anchor.daysSinceEpoch
        guard days > 0 else { return 0 }
        switch self {
        case .week: return days / 7
        case .vierWeken: return days / 28
        case .maand: return days / 31
        case .kwartaal: return days / 92
        case .jaar: return days / 366
        }
    }
}
