import Foundation

/// What the gate and a case's lists need to know of a case, whether it was read as the Fluent
/// model (to change it) or as the read-only `CaseRecord` (to show it).
protocol CaseScope: Sendable {
    var caseID: UUID { get }
    var organisationID: UUID { get }
    var bsn: String { get }
    var status: CaseFile.Status { get }
}

extension CaseFile: CaseScope {
    var caseID: UUID { id! }
}

extension CaseRecord {
    var caseID: UUID { id }
}
