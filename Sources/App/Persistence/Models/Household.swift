import Fluent
import Foundation

/// A household as an organisation knows it: the unit for bijstand and, later, for the one
/// plan with one regisseur.
final class Household: Model, @unchecked Sendable {
    static let schema = "huishoudens"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "naam") var name: String

    init() {}

    init(id: UUID? = nil, organisationID: UUID, name: String) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
    }
}
