import Fluent
import Foundation

/// A goal in a household's plan ("vaste woonlasten op tijd betalen").
final class PlanGoal: Model, @unchecked Sendable {
    static let schema = "plan_doelen"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "omschrijving") var text: String
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?

    init() {}

    init(planID: UUID, organisationID: UUID, text: String) {
        self.planID = planID
        self.organisationID = organisationID
        self.text = text
    }
}
