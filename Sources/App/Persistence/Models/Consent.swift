import Fluent
import Foundation

/// A resident's consent for one organisation to see one category of what their municipality
/// holds about them, for one purpose. Withdrawing sets `withdrawnAt`; the row stays as proof.
final class Consent: Model, @unchecked Sendable {
    static let schema = "toestemmingen"

    /// What can be shared, and why (purpose limitation: one purpose per category).
    enum Category: String, Codable, CaseIterable, Sendable {
        case contactgegevens, huishouden, plan

        var label: LocalizedText {
            switch self {
            case .contactgegevens: .init(nl: "Adres, e-mail en telefoon", en: "Address, e-mail and phone")
            case .huishouden: .init(nl: "Wie er in uw huishouden wonen", en: "Who lives in your household")
            case .plan: .init(nl: "Uw hele plan: doelen, acties en reacties", en: "Your whole plan: goals, actions and comments")
            }
        }

        var purpose: String {
            switch self {
            case .contactgegevens: "Contact opnemen en hulp afstemmen"
            case .huishouden: "Hulp afstemmen op het hele huishouden"
            case .plan: "Samenwerken aan het plan van het huishouden"
            }
        }
    }

    @ID(key: .id) var id: UUID?
    /// The municipality whose data is shared (the resident's own).
    @Field(key: "bron_organisatie_id") var sourceOrganisationID: UUID
    @Field(key: "bsn") var bsn: String
    /// The organisation that may see it.
    @Field(key: "organisatie_id") var organisationID: UUID
    @Enum(key: "categorie") var category: Category
    @Field(key: "verleend_op") var grantedAt: Date
    @OptionalField(key: "ingetrokken_op") var withdrawnAt: Date?

    init() {}

    init(sourceOrganisationID: UUID, bsn: String, organisationID: UUID, category: Category, grantedAt: Date = Date()) {
        self.sourceOrganisationID = sourceOrganisationID
        self.bsn = bsn
        self.organisationID = organisationID
        self.category = category
        self.grantedAt = grantedAt
    }
}
