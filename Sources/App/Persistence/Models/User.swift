import Fluent
import Foundation

/// An account that can log in: a resident, a professional, a regisseur or a functional
/// administrator, always of one organisation.
final class User: Model, @unchecked Sendable {
    static let schema = "gebruikers"

    enum Role: String, Codable, CaseIterable, Sendable {
        case inwoner, professional, regisseur, functioneelBeheerder = "functioneel_beheerder"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Enum(key: "rol") var role: Role
    @Field(key: "weergavenaam") var displayName: String
    /// Lower-cased login name (an e-mail address).
    @Field(key: "inlognaam") var username: String
    /// Absent for accounts that only log in through an external broker (DigiD, eHerkenning).
    @OptionalField(key: "wachtwoord_hash") var passwordHash: String?
    /// For residents: their BSN, which links the account to what organisations hold about them.
    @OptionalField(key: "bsn") var bsn: String?
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, role: Role, displayName: String, username: String,
         passwordHash: String?, bsn: String? = nil) {
        self.id = id
        self.organisationID = organisationID
        self.role = role
        self.displayName = displayName
        self.username = username.lowercased()
        self.passwordHash = passwordHash
        self.bsn = bsn
    }
}
