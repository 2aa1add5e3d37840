import Fluent
import Foundation

/// A comment on a plan, by the resident or a professional of the plan's organisation: how the
/// resident co-writes their plan.
final class PlanComment: Model, @unchecked Sendable {
    static let schema = "plan_reacties"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "auteur_naam") var authorName: String
    @Field(key: "van_inwoner") var fromResident: Bool
    @Field(key: "tekst") var text: String
    @Timestamp(key: "geplaatst_op", on: .create) var postedAt: Date?

    init() {}

    init(planID: UUID, organisationID: UUID, authorName: String, fromResident: Bool, text: String) {
        self.planID = planID
        self.organisationID = organisationID
        self.authorName = authorName
        self.fromResident = fromResident
        self.text = text
    }
}
