import Foundation

/// An assignment as the case page and the API show it (see `PlainRow`).
struct AssignmentRow: PlainRow {
    let id: UUID
    let title: String
    let instructions: String
    let proof: Assignment.Proof
    let deadline: String
    let status: Assignment.Status
    let answer: String?
    let documentID: UUID?
    let feedback: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title = "titel", instructions = "instructie", proof = "bewijs", deadline, status, answer = "antwoord"
        case documentID = "document_id", feedback = "reactie"
    }

    var isOpen: Bool { status.isOpen }
}

extension AssignmentRow {
    /// The row of an assignment just given, for the API's answer.
    init(_ assignment: Assignment) {
        self.init(id: assignment.id!, title: assignment.title, instructions: assignment.instructions, proof: assignment.proof,
                  deadline: assignment.deadline, status: assignment.status, answer: assignment.answer,
                  documentID: assignment.documentID, feedback: assignment.feedback)
    }
}
