import Fluent
import Foundation

/// The decision (besluit) on a bijstand application. For a grant the engine's amount is kept
/// next to the granted one; they differ only with a recorded reason.
final class Decision: Model, @unchecked Sendable {
    static let schema = "besluiten"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case toekenning, afwijzing
        case buitenBehandeling = "buiten_behandeling"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "zaak_id") var caseID: UUID
    @Field(key: "organisatie_id") var organisationID: UUID
    @Enum(key: "soort") var kind: Kind
    @Field(key: "motivering") var motivation: String
    /// ISO date the bijstand starts (grants only).
    @OptionalField(key: "ingangsdatum") var startDate: String?
    @OptionalField(key: "bedrag_per_maand_centen") var monthlyCents: Int64?
    @OptionalField(key: "berekend_bedrag_centen") var calculatedCents: Int64?
    @OptionalField(key: "afwijkingsreden") var deviationReason: String?
    /// The engine's explanation of the calculated amount, as shown when the decision was taken.
    @OptionalField(key: "berekening_toelichting") var calculationExplanation: String?
    @Field(key: "genomen_door_id") var decidedByID: UUID
    @Field(key: "genomen_door_naam") var decidedByName: String
    @Field(key: "genomen_op") var decidedAt: Date

    init() {}

    init(caseID: UUID, organisationID: UUID, kind: Kind, motivation: String, startDate: String?,
         monthlyCents: Int64?, calculatedCents: Int64?, deviationReason: String?, calculationExplanation: String?,
         decidedByID: UUID, decidedByName: String, decidedAt: Date = Date()) {
        self.caseID = caseID
        self.organisationID = organisationID
        self.kind = kind
        self.motivation = motivation
        self.startDate = startDate
        self.monthlyCents = monthlyCents
        self.calculatedCents = calculatedCents
        self.deviationReason = deviationReason
        self.calculationExplanation = calculationExplanation
        self.decidedByID = decidedByID
        self.decidedByName = decidedByName
        self.decidedAt = decidedAt
    }
}
