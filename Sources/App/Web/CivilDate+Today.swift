import Foundation
import PleinDomain

extension CivilDate {
    /// Today in the Netherlands. Kept out of PleinDomain because it reads the clock.
    static var today: CivilDate { CivilDate(Date()) }

    init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self = CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
