import Fluent
import Foundation

/// An action in a plan: who does what, by when, and how far it is. Assigned to the resident,
/// to an organisation, or to a professional of the plan's organisation.
final class PlanAction: Model, @unchecked Sendable {
    static let schema = "plan_acties"

    enum Assignee: String, Codable, CaseIterable, Sendable {
        case inwoner, organisatie, professional
    }

    enum Status: String, Codable, CaseIterable, Sendable {
        /// Proposed by the resident; the regisseur's organisation takes it on or declines it.
        case voorgesteld
        case open, bezig, klaar
        case vervallen

        var isOpen: Bool { self == .open || self == .bezig }
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    /// The plan's organisation: every action is scoped like its plan.
    @Field(key: "organisatie_id") var organisationID: UUID
    @OptionalField(key: "doel_id") var goalID: UUID?
    @Field(key: "omschrijving") var text: String
    @Enum(key: "uitvoerder_soort") var assigneeKind: Assignee
    /// For an organisation or a professional: the organisation that does it.
    @OptionalField(key: "uitvoerder_organisatie_id") var assigneeOrganisationID: UUID?
    @OptionalField(key: "uitvoerder_gebruiker_id") var assigneeUserID: UUID?
    @Field(key: "uitvoerder_naam") var assigneeName: String
    @Enum(key: "status") var status: Status
    /// ISO date.
    @OptionalField(key: "deadline") var deadline: String?
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?
    @Timestamp(key: "gewijzigd_op", on: .update) var updatedAt: Date?

    init() {}

    init(planID: UUID, organisationID: UUID, goalID: UUID?, text: String, assigneeKind: Assignee,
         assigneeOrganisationID: UUID?, assigneeUserID: UUID?, assigneeName: String, status: Status, deadline: String?) {
        self.planID = planID
        self.organisationID = organisationID
        self.goalID = goalID
        self.text = text
        self.assigneeKind = assigneeKind
        self.assigneeOrganisationID = assigneeOrganisationID
        self.assigneeUserID = assigneeUserID
        self.assigneeName = assigneeName
        self.status = status
        self.deadline = deadline
    }
}
