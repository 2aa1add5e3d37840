import Fluent
import Foundation

/// A wijk of a gemeente, defined by a range of postcode numbers, and the organisation that
/// serves it (a care provider or an area team), so help requests find the right team.
final class Area: Model, @unchecked Sendable {
    static let schema = "gebieden"

    @ID(key: .id) var id: UUID?
    @Field(key: "gemeente_id") var gemeenteID: UUID
    @Field(key: "naam") var name: String
    @Field(key: "postcode_van") var postcodeFrom: Int
    @Field(key: "postcode_tot_en_met") var postcodeThrough: Int
    @OptionalField(key: "bediend_door_id") var servedByID: UUID?

    init() {}

    init(id: UUID? = nil, gemeenteID: UUID, name: String, postcodeFrom: Int, postcodeThrough: Int, servedByID: UUID?) {
        self.id = id
        self.gemeenteID = gemeenteID
        self.name = name
        self.postcodeFrom = postcodeFrom
        self.postcodeThrough = postcodeThrough
        self.servedByID = servedByID
    }
}
