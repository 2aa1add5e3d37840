import Foundation
import PleinDomain

/// The statutory dates of a bijstand application, from the day of the melding.
///
/// - An application that concerns only people under 27 is taken into treatment no earlier than
///   four weeks after the melding (Participatiewet art. 41 lid 4): the search period. From
///   2026-01-01 the college may start earlier when circumstances call for it (art. 41 lid 11).
///   There is no search period for people of 27 or older.
/// - The college decides within a reasonable term, at most eight weeks after the application
///   (Awb art. 4:13); for those under 27 the application counts from the end of the search period.
/// - Bijstand can be granted from the day of the melding at the earliest (Participatiewet art. 44 lid 1).
/// - Bezwaar is possible within six weeks, from the day after the decision is made known (Awb art. 6:7, 6:8).
struct ApplicationTerms: Sendable, Equatable {
    static let searchPeriodDays = 28
    static let decisionTermDays = 56
    static let objectionTermDays = 42

    let melding: CivilDate
    /// Nil when there is no search period (someone in the household is 27 or older).
    let searchPeriodEnd: CivilDate?
    let decideBefore: CivilDate

    init(melding: CivilDate, applicantBirthDate: CivilDate, partnerBirthDate: CivilDate?) {
        self.melding = melding
        let everyoneUnder27 = ([applicantBirthDate] + [partnerBirthDate].compactMap { $0 }).allSatisfy { $0.age(on: melding) < 27 }
        searchPeriodEnd = everyoneUnder27 ? melding.adding(days: Self.searchPeriodDays) : nil
        decideBefore = (searchPeriodEnd ?? melding).adding(days: Self.decisionTermDays)
    }

    /// The last day to object to a decision made known on `decisionDate`: six weeks, counted
    /// from the day after. (A deadline on a weekend or public holiday moves to the next working
    /// day under the Algemene termijnenwet; that is not applied here and the letter says "uiterlijk".)
    static func objectionDeadline(decisionDate: CivilDate) -> CivilDate {
        decisionDate.adding(days: objectionTermDays)
    }
}
