import Foundation
import PleinDomain

/// A case as one row of the work queue: only the columns the list shows, read straight from
/// SQL (no answers, no Fluent model; see `PlainRow`), because a page of 25 is read on every
/// queue view.
struct CaseSummary: PlainRow {
    let id: UUID
    let referentie: String
    let naam: String
    let bsn: String
    let status: CaseFile.Status
    let ingediend_op: Date?
    let zoekperiode_tot: String?
    let beslissen_voor: String?
    let behandelaar_naam: String?
    let opdrachten_open: Int
    let opdrachten_te_beoordelen: Int
    let eerstvolgende_deadline: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, referentie, naam, bsn, status, ingediend_op, zoekperiode_tot, beslissen_voor, behandelaar_naam
        case opdrachten_open, opdrachten_te_beoordelen, eerstvolgende_deadline
    }

    var progress: CaseProgress {
        CaseProgress(status: status, nextDeadline: eerstvolgende_deadline, assignmentsToReview: opdrachten_te_beoordelen, today: .today)
    }
}

extension CaseSummary {
    init(_ file: CaseFile) {
        id = file.id!
        referentie = file.reference
        naam = file.residentName
        bsn = file.bsn
        status = file.status
        ingediend_op = file.submittedAt
        zoekperiode_tot = file.searchPeriodEnd
        beslissen_voor = file.decideBefore
        behandelaar_naam = file.caseWorkerName
        opdrachten_open = file.openAssignments
        opdrachten_te_beoordelen = file.assignmentsToReview
        eerstvolgende_deadline = file.nextDeadline
    }
}
