import Fluent
import Foundation

/// An assignment a municipality gives during the search period (make a CV, apply for jobs,
/// register at a temp agency, …), managed by its functional administrator.
final class AssignmentTemplate: Model, @unchecked Sendable {
    static let schema = "opdracht_sjablonen"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "titel") var title: String
    @Field(key: "instructie") var instructions: String
    @Enum(key: "bewijs") var proof: Assignment.Proof
    @Field(key: "termijn_dagen") var daysToComplete: Int
    @Field(key: "actief") var active: Bool
    /// Given to every resident automatically when their search period starts.
    @Field(key: "bij_zoekperiode") var givenAtSearchPeriod: Bool

    init() {}

    init(organisationID: UUID, title: String, instructions: String, proof: Assignment.Proof, daysToComplete: Int,
         givenAtSearchPeriod: Bool) {
        self.organisationID = organisationID
        self.title = title
        self.instructions = instructions
        self.proof = proof
        self.daysToComplete = daysToComplete
        self.active = true
        self.givenAtSearchPeriod = givenAtSearchPeriod
    }
}
