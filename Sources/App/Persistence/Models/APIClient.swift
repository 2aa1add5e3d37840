import Fluent
import Foundation

/// A partner system of one organisation that calls the API with a bearer token. Only the
/// token's SHA-256 is stored; the token itself is shown once, when it is made.
final class APIClient: Model, @unchecked Sendable {
    static let schema = "api_clients"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "naam") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?
    @OptionalField(key: "ingetrokken_op") var revokedAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, name: String, tokenHash: String) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.tokenHash = tokenHash
    }
}
