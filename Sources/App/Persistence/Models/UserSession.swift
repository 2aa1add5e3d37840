import Fluent
import Foundation

/// A login session kept on the server, so logout and timeouts end it for real. The cookie
/// holds a random token; only its SHA-256 is stored, so a database leak yields no sessions.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "sessies"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "gebruiker_id") var userID: UUID
    @Field(key: "aangemaakt_op") var createdAt: Date
    @Field(key: "laatst_actief_op") var lastSeenAt: Date
    @Field(key: "verloopt_op") var expiresAt: Date

    init() {}

    init(tokenHash: String, userID: UUID, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.createdAt = createdAt
        self.lastSeenAt = createdAt
        self.expiresAt = expiresAt
    }
}
