import Foundation
import PleinDomain

extension CivilDate {
    /// Today in the Netherlands. Kept out of PleinDomain because it reads the clock.
    static var today: CivilDate { CivilDate(Date()) }

    /// A date as people type it in a form: "1-12-2026", "01-12-2026", "1/12/2026" or "2026-12-01".
    init?(typed text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = CivilDate(iso: trimmed) { self = iso; return }
        let parts = trimmed.split(whereSeparator: { "-/ .".contains($0) }).compactMap { Int($0) }
        guard parts.count == 3, parts[2] >= 1000, let date = CivilDate(year: parts[2], month: parts[1], day: parts[0]) else { return nil }
        self = date
    }

    init(_ date: Date) {
        let parts = Self.netherlands.dateComponents([.year, .month, .day], from: date)
        self = CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Made once: a work queue page asks for today once per case shown, and looking up the
    /// time zone by name each time was 1.5 % of that page's CPU.
    private static let netherlands: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return calendar
    }()
}
