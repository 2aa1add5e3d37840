import Fluent
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
        guard let session = try await UserSession.query(on: database)
            .join(User.self, on: \UserSession.$userID == \User.$id)
            .filter(\.$tokenHash == TokenDigest.digest(token)).first()
        else { return nil }
        // Read the joined user before saving the session: saving drops the joined columns.
        let user = try session.joined(User.self)
        let now = Date()
        let idleLimit = session.lastSeenAt.addingTimeInterval(settings.sessionIdleTimeout)
        guard now < session.expiresAt, now < idleLimit else {
            try await session.delete(on: database)
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) > Self.touchInterval {
            session.lastSeenAt = now
            try await session.update(on: database)
        }
        return user
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
