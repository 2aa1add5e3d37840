import Foundation
import PleinDomain

/// How a case is doing at a glance, from the counters on the case: the professional's caseload
/// shows it, the resident's status page too.
enum CaseProgress: String, Sendable {
    case teLaat = "te-laat", beoordelen, binnenkort, opSchema = "op-schema", besloten

    init(_ file: CaseRecord, today: CivilDate) {
        self.init(status: file.status, nextDeadline: file.nextDeadline, assignmentsToReview: file.assignmentsToReview, today: today)
    }

    init(status: CaseFile.Status, nextDeadline: String?, assignmentsToReview: Int, today: CivilDate) {
        let deadline = nextDeadline.flatMap(CivilDate.init(iso:))
        if status == .besloten { self = .besloten }
        else if let deadline, deadline < today { self = .teLaat }
        else if assignmentsToReview > 0 { self = .beoordelen }
        else if let deadline, deadline <= today.adding(days: WorkQueueFilter.dueSoonDays) { self = .binnenkort }
        else { self = .opSchema }
    }

    var label: LocalizedText {
        switch self {
        case .teLaat: .init(nl: "Te laat", en: "Overdue")
        case .beoordelen: .init(nl: "Wacht op beoordeling", en: "Waiting for review")
        case .binnenkort: .init(nl: "Deadline binnenkort", en: "Due soon")
        case .opSchema: .init(nl: "Op schema", en: "On track")
        case .besloten: .init(nl: "Besloten", en: "Decided")
        }
    }
}
