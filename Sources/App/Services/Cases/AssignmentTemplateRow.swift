import Foundation

/// An active assignment template as the professional chooses from it (see `PlainRow`).
struct AssignmentTemplateRow: PlainRow {
    let id: UUID
    let title: String
    let instructions: String
    let proof: Assignment.Proof
    let daysToComplete: Int
    let givenAtSearchPeriod: Bool

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title = "titel", instructions = "instructie", proof = "bewijs", daysToComplete = "termijn_dagen"
        case givenAtSearchPeriod = "bij_zoekperiode"
    }
}
