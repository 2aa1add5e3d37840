import Fluent
import Foundation

/// A municipality's choices kept as configuration: which themes are on, and its local schemes
/// for the rules engine (a `GemeenteRegelingen` as JSON). One row per municipality.
final class MunicipalitySettings: Model, @unchecked Sendable {
    static let schema = "gemeente_instellingen"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    /// Theme codes, comma-separated: a plain string column reads the same on SQLite and PostgreSQL.
    @Field(key: "themas") var themeCodes: String
    @OptionalField(key: "regelingen") var schemesJSON: String?
    @Timestamp(key: "gewijzigd_op", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, themes: [Theme], schemesJSON: String?) {
        self.organisationID = organisationID
        self.themeCodes = themes.map(\.rawValue).joined(separator: ",")
        self.schemesJSON = schemesJSON
    }

    var themes: [Theme] {
        get { themeCodes.split(separator: ",").compactMap { Theme(rawValue: String($0)) } }
        set { themeCodes = Theme.allCases.filter(newValue.contains).map(\.rawValue).joined(separator: ",") }
    }
}
