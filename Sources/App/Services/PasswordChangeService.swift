import Fluent
import Vapor

/// Changing one's own password: the current password proves it is the account holder, the new
/// one must pass the policy, and every other session of the account ends (ASVS 5 V7.4.3), so
/// a stolen session does not survive the change.
struct PasswordChangeService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder
    let threadPool: NIOThreadPool
    let bcryptCost: Int

    func change(current: String, new: String, repeated: String, keepingSessionToken token: String?) async throws {
        guard let userID = actor.id, case .user = actor.kind, let user = try await User.find(userID, on: database),
              let hash = user.passwordHash
        else { throw PleinError.notLoggedIn }
        var errors: [FieldError] = []
        let currentMatches = try await threadPool.runIfActive { try Bcrypt.verify(current, created: hash) }
        if !currentMatches {
            errors.append(FieldError(field: "huidigWachtwoord", message: LocalizedText(
                nl: "Uw huidige wachtwoord klopt niet.", en: "Your current password is not correct.")))
        }
        errors += PasswordPolicy.standard.problems(password: new, username: user.username)
            .map { FieldError(field: "nieuwWachtwoord", message: $0) }
        if new != repeated {
            errors.append(FieldError(field: "herhaalWachtwoord", message: LocalizedText(
                nl: "De twee nieuwe wachtwoorden zijn niet hetzelfde.", en: "The two new passwords are not the same.")))
        }
        guard errors.isEmpty else {
            try await audit.record("wachtwoord-wijzigen", by: actor, outcome: .geweigerd, on: database)
            throw PleinError.invalid(errors)
        }
        let cost = bcryptCost
        user.passwordHash = try await threadPool.runIfActive { try Bcrypt.hash(new, cost: cost) }
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await user.update(on: transaction)
            var others = UserSession.query(on: transaction).filter(\.$userID == userID)
            if let token { others = others.filter(\.$tokenHash != TokenDigest.digest(token)) }
            try await others.delete()
            try await audit.record("wachtwoord-wijzigen", by: actor, object: ("gebruiker", userID.uuidString), on: transaction)
        }
    }
}
