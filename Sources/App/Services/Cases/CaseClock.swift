import Fluent
import Foundation
import PleinDomain

/// What happens to cases because time passes: a search period that is over starts the
/// treatment, and residents are reminded of assignments due within two days. Run by the server
/// every few minutes (`RepeatingJob.caseClock`); safe to run twice, as each step marks what it did.
struct CaseClock: Sendable {
    let database: any Database
    let audit: AuditRecorder

    static let reminderDays = 2

    /// Returns how many search periods ended and how many reminders were queued.
    @discardableResult
    func tick(today: CivilDate) async throws -> (searchPeriodsEnded: Int, reminders: Int) {
        let ended = try await CaseFile.query(on: database).filter(\.$status == .zoekperiode)
            .filter(\.$searchPeriodEnd <= today.description).all()
        for file in ended {
            let access = CaseAccess(database: database, actor: .system(file.organisationID), audit: audit)
            try await database.transaction { transaction in
                try await CaseService.startTreatment(file, from: file.searchPeriodEnd.flatMap(CivilDate.init(iso:)) ?? today,
                                                     detail: nil, by: access, in: transaction)
            }
        }
        let due = try await Assignment.query(on: database)
            .filter(\.$status ~~ [.open, .aanvullen]).filter(\.$remindedAt == nil)
            .filter(\.$deadline <= today.adding(days: Self.reminderDays).description)
            .filter(\.$deadline >= today.description).all()
        for assignment in due {
            guard let file = try await CaseFile.find(assignment.caseID, on: database), file.status != .besloten else { continue }
            try await database.transaction { transaction in
                assignment.remindedAt = Date()
                try await assignment.save(on: transaction)
                try await Notifier(database: transaction).notify(
                    file.answers.value("email"), organisationID: file.organisationID,
                    subject: "Herinnering: uw opdracht moet bijna af zijn (\(file.reference))",
                    about: "De deadline van een van uw opdrachten is bijna voorbij.")
            }
        }
        return (ended.count, due.count)
    }
}
