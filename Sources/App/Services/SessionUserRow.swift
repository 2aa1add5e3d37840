import Foundation

/// A session with its user, as `SessionStore` reads it on every request: one join in SQL text
/// into a plain struct (see `PlainRow`), because Fluent's query building and reflection for
/// the two models cost more CPU than the query itself.
struct SessionUserRow: Decodable, Sendable {
    let sessionID: UUID
    let lastSeenAt: Date
    let expiresAt: Date
    let userID: UUID
    let organisationID: UUID
    let role: User.Role
    let displayName: String
    let username: String
    let bsn: String?

    enum CodingKeys: String, CodingKey {
        case sessionID = "sessie_id", lastSeenAt = "laatst_actief_op", expiresAt = "verloopt_op", userID = "gebruiker_id"
        case organisationID = "organisatie_id", role = "rol", displayName = "weergavenaam", username = "inlognaam", bsn
    }

    /// The user as the request knows it. It carries no password hash: nothing on a request
    /// reads it (changing the password reads the account afresh).
    var user: User {
        User(id: userID, organisationID: organisationID, role: role, displayName: displayName, username: username,
             passwordHash: nil, bsn: bsn)
    }
}
