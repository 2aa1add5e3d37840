import Foundation

/// A case as the case page reads it: the read-only twin of `CaseFile`, read straight from SQL
/// (see `PlainRow`), because Fluent's reflection for the one model cost more CPU than the
/// query. Only `CaseAccess.view` hands one out, through the same gate and audit as `open`; the
/// actions, which change the case, keep opening the Fluent model.
struct CaseRecord: PlainRow, CaseScope {
    let id: UUID
    let organisationID: UUID
    let bsn: String
    let residentName: String
    let reference: String
    let status: CaseFile.Status
    let answers: CheckAnswers
    let submittedAt: Date?
    let searchPeriodEnd: String?
    let decideBefore: String?
    let caseWorkerID: UUID?
    let caseWorkerName: String?
    let assignmentsToReview: Int
    let nextDeadline: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, organisationID = "organisatie_id", bsn, residentName = "naam", reference = "referentie", status
        case answers = "antwoorden", submittedAt = "ingediend_op", searchPeriodEnd = "zoekperiode_tot"
        case decideBefore = "beslissen_voor", caseWorkerID = "behandelaar_id", caseWorkerName = "behandelaar_naam"
        case assignmentsToReview = "opdrachten_te_beoordelen", nextDeadline = "eerstvolgende_deadline"
    }
}
