import Fluent
import Foundation

/// A plan template for a theme: goals with their usual actions, so a regisseur starts a plan
/// from the municipality's practice instead of an empty page.
final class PlanTemplate: Model, @unchecked Sendable {
    static let schema = "plan_sjablonen"

    struct Goal: Codable, Sendable, Equatable {
        var omschrijving: String
        var acties: [Action]
    }

    struct Action: Codable, Sendable, Equatable {
        var omschrijving: String
        /// Who usually does it: the resident, or the organisation that holds the plan.
        var uitvoerder: PlanAction.Assignee
        /// Days from the plan's start to the action's deadline.
        var termijnDagen: Int?
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Enum(key: "thema") var theme: Theme
    @Field(key: "naam") var name: String
    /// The goals as JSON text (portable across SQLite and PostgreSQL).
    @Field(key: "doelen") var goalsJSON: String

    init() {}

    init(organisationID: UUID, theme: Theme, name: String, goals: [Goal]) throws {
        self.organisationID = organisationID
        self.theme = theme
        self.name = name
        self.goalsJSON = String(decoding: try JSONEncoder().encode(goals), as: UTF8.self)
    }

    var goals: [Goal] { (try? JSONDecoder().decode([Goal].self, from: Data(goalsJSON.utf8))) ?? [] }
}
