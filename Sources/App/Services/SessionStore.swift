import Fluent
import SQLKit
import Foundation

/// Server-side sessions: a fresh random token at every login, an idle timeout and an
/// absolute timeout, and logout that deletes the row so the cookie is worthless after it.
struct SessionStore: Sendable {
    let database: any Database
    let settings: Settings

    /// Only refresh "last seen" once a minute, so browsing does not write on every request.
    static let touchInterval: TimeInterval = 60

    func start(for user: User) async throws -> String {
        let token = TokenDigest.newToken()
        let now = Date()
        try await UserSession(
            tokenHash: TokenDigest.digest(token), userID: try user.requireID(), createdAt: now,
            expiresAt: now.addingTimeInterval(settings.sessionAbsoluteTimeout)
        ).create(on: database)
        return token
    }

    /// The user behind a session token, or nil when the session is unknown or timed out
    /// (an expired session is deleted on sight).
    func user(forToken token: String) async throws -> User? {
        // The user comes with the session in one round trip: this runs on every request.
        let sql = database as! any SQLDatabase
        guard let found = try await PreparedStatements.rows("""
            SELECT s.id AS sessie_id, s.laatst_actief_op, s.verloopt_op, u.id AS gebruiker_id, u.organisatie_id, u.rol, \
            u.weergavenaam, u.inlognaam, u.bsn FROM \(unsafeRaw: UserSession.schema) s JOIN \(unsafeRaw: User.schema) u \
            ON u.id = s.gebruiker_id WHERE s.token_hash = \(bind: TokenDigest.digest(token))
            """, on: database).first?.decode(model: SessionUserRow.self)
        else { return nil }
        let now = Date()
        let idleLimit = found.lastSeenAt.addingTimeInterval(settings.sessionIdleTimeout)
        guard now < found.expiresAt, now < idleLimit else {
            try await sql.raw("DELETE FROM \(unsafeRaw: UserSession.schema) WHERE id = \(bind: found.sessionID)").run()
            return nil
        }
        if now.timeIntervalSince(found.lastSeenAt) > Self.touchInterval {
            try await sql.raw("UPDATE \(unsafeRaw: UserSession.schema) SET laatst_actief_op = \(bind: now) WHERE id = \(bind: found.sessionID)").run()
        }
        return found.user
    }

    /// Whether the session with this token digest is still on, without counting as activity:
    /// for pushing to a live page, which is not the user doing something.
    func isActive(tokenHash: String) async throws -> Bool {
        guard let session = try await UserSession.query(on: database).filter(\.$tokenHash == tokenHash).first() else { return false }
        let now = Date()
        return now < session.expiresAt && now < session.lastSeenAt.addingTimeInterval(settings.sessionIdleTimeout)
    }

    func end(token: String) async throws {
        try await UserSession.query(on: database).filter(\.$tokenHash == TokenDigest.digest(token)).delete()
    }
}
