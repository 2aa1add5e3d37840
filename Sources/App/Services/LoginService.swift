import Fluent
import Vapor

/// Checks a login name and password, with throttling per account and per client address.
/// The same generic message is given whether the account exists or not, and a missing
/// account costs the same bcrypt work, so neither answers nor timing reveal accounts.
struct LoginService: Sendable {
    let database: any Database
    let settings: Settings
    let threadPool: NIOThreadPool
    let audit: AuditRecorder
    let traceID: String

    static let wrongCredentials = LocalizedText(
        nl: "Uw inlognaam of wachtwoord klopt niet. Controleer ze en probeer het opnieuw.",
        en: "Your username or password is not correct. Check them and try again.")

    func authenticate(username rawUsername: String, password: String, clientAddress: String) async throws -> User {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        var missing: [FieldError] = []
        if username.isEmpty {
            missing.append(FieldError(field: "inlognaam", message: LocalizedText(
                nl: "Vul uw inlognaam in.", en: "Enter your username.")))
        }
        if password.isEmpty {
            missing.append(FieldError(field: "wachtwoord", message: LocalizedText(
                nl: "Vul uw wachtwoord in.", en: "Enter your password.")))
        }
        guard missing.isEmpty else { throw PleinError.invalid(missing) }

        let keys = ["account:\(username)", "adres:\(clientAddress)"]
        try await refuseWhenLockedOut(keys: keys)

        let user = try await User.query(on: database).filter(\.$username == username).first()
        let hash = user?.passwordHash ?? Self.timingEqualiserHash
        let matches = try await threadPool.runIfActive { try Bcrypt.verify(password, created: hash) }
        guard let user, user.passwordHash != nil, matches else {
            let now = Date()
            for key in keys { try await LoginFailure(key: key, at: now).create(on: database) }
            try await audit.recordFailedLogin(traceID: traceID, user: user, on: database)
            throw PleinError.invalid([FieldError(field: "inlognaam", message: Self.wrongCredentials)])
        }
        try await LoginFailure.query(on: database).filter(\.$key == keys[0]).delete()
        return user
    }

    private func refuseWhenLockedOut(keys: [String]) async throws {
        let windowStart = Date().addingTimeInterval(-settings.loginLockout)
        for key in keys {
            let failures = try await LoginFailure.query(on: database)
                .filter(\.$key == key).filter(\.$at >= windowStart)
                .sort(\.$at, .descending).all()
            if failures.count >= settings.loginMaxFailures, let newest = failures.first {
                let retryAfter = newest.at.addingTimeInterval(settings.loginLockout).timeIntervalSinceNow
                throw PleinError.tooManyAttempts(retryAfterSeconds: max(1, Int(retryAfter.rounded(FloatingPointRoundingRule.up))))
            }
        }
    }

    /// A bcrypt hash of a random string, verified when the account does not exist so that the
    /// answer takes as long as for a real account. Made once, on the first login.
    static let timingEqualiserHash: String = try! Bcrypt.hash(TokenDigest.newToken(), cost: 12)
}
