import Fluent
import Foundation

/// An assignment (opdracht) given to the resident in a case, copied from a template so later
/// template edits do not change what the resident was asked.
final class Assignment: Model, @unchecked Sendable {
    static let schema = "opdrachten"

    /// What the resident hands in as proof.
    enum Proof: String, Codable, CaseIterable, Sendable {
        case upload, link, tekst
    }

    enum Status: String, Codable, CaseIterable, Sendable {
        case open, ingeleverd, geaccepteerd
        /// The professional asked for more; the resident hands in again.
        case aanvullen

        /// Still waiting for the resident.
        var isOpen: Bool { self == .open || self == .aanvullen }
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "zaak_id") var caseID: UUID
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "titel") var title: String
    @Field(key: "instructie") var instructions: String
    @Enum(key: "bewijs") var proof: Proof
    @Field(key: "deadline") var deadline: String
    @Enum(key: "status") var status: Status
    @OptionalField(key: "antwoord") var answer: String?
    @OptionalField(key: "document_id") var documentID: UUID?
    @OptionalField(key: "reactie") var feedback: String?
    @OptionalField(key: "ingeleverd_op") var handedInAt: Date?
    @OptionalField(key: "herinnerd_op") var remindedAt: Date?
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?

    init() {}

    init(caseID: UUID, organisationID: UUID, title: String, instructions: String, proof: Proof, deadline: String) {
        self.caseID = caseID
        self.organisationID = organisationID
        self.title = title
        self.instructions = instructions
        self.proof = proof
        self.deadline = deadline
        self.status = .open
    }

    var isOpen: Bool { status.isOpen }
}
