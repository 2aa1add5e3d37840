import Fluent
import Foundation

/// Removes what no longer serves a purpose. A session is deleted when it is presented after
/// its timeout, but an abandoned one never is presented again; a failed login is kept to
/// throttle guessing, and holds the client's address and whatever was typed as the login name
/// (sometimes the password) — personal data that may be kept no longer than that purpose
/// needs (AVG art. 5 lid 1 sub e). Runs as a repeating job.
struct Housekeeping: Sendable {
    let database: any Database
    let settings: Settings

    func run(now: Date = Date()) async throws -> (sessions: Int, loginFailures: Int) {
        let idleSince = now.addingTimeInterval(-settings.sessionIdleTimeout)
        let ended = UserSession.query(on: database).group(.or) { $0.filter(\.$expiresAt <= now).filter(\.$lastSeenAt <= idleSince) }
        let sessions = try await ended.count()
        if sessions > 0 { try await ended.delete() }
        let old = LoginFailure.query(on: database).filter(\.$at < now.addingTimeInterval(-settings.loginLockout))
        let loginFailures = try await old.count()
        if loginFailures > 0 { try await old.delete() }
        return (sessions, loginFailures)
    }
}
