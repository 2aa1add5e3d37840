import Foundation
import PleinDomain

/// What a professional asks of the work queue: a search (BSN, name or reference), a status,
/// how urgent, only their own cases, and a page.
struct WorkQueueFilter: Sendable, Equatable {
    enum Urgency: String, CaseIterable, Sendable {
        case teLaat = "te-laat", binnenkort, beoordelen
    }

    var query = ""
    var status: CaseFile.Status? = nil
    var urgency: Urgency? = nil
    var onlyMine = false
    var page = 1

    /// The statuses the work queue filters on: a draft (`concept`) is the resident's alone.
    static let statuses = CaseFile.Status.allCases.filter { $0 != .concept }

    /// Days before a deadline from which an assignment counts as due soon.
    static let dueSoonDays = 7
}
