import Fluent
import Foundation

/// A party on the square: a gemeente, a care provider, a temp agency, a housing corporation
/// or another partner. Every record with personal data carries the organisation that holds it.
final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisaties"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case gemeente, zorgaanbieder, uitzendbureau, woningcorporatie, overig
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "naam") var name: String
    @Enum(key: "soort") var kind: Kind
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}
