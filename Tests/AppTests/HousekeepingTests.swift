@testable import App
import Fluent
import Foundation
import Testing

@Suite("Housekeeping")
struct HousekeepingTests {
    @Test("Ended sessions and failed logins past the lockout window are removed; current ones stay")
    func removesWhatServesNoPurpose() async throws {
        try await withPlein { app in
            let settings = app.plein.settings
            let now = Date()
            let user = try #require(try await User.query(on: app.db).first())
            func session(_ name: String, createdAt: Date, lastSeen: Date, expires: Date) async throws {
                let session = UserSession(tokenHash: name, userID: try user.requireID(), createdAt: createdAt, expiresAt: expires)
                session.lastSeenAt = lastSeen
                try await session.create(on: app.db)
            }
            try await session("actief", createdAt: now.addingTimeInterval(-600), lastSeen: now.addingTimeInterval(-60),
                              expires: now.addingTimeInterval(3600))
            try await session("stil", createdAt: now.addingTimeInterval(-7200), lastSeen: now.addingTimeInterval(-settings.sessionIdleTimeout - 1),
                              expires: now.addingTimeInterval(3600))
            try await session("verlopen", createdAt: now.addingTimeInterval(-90000), lastSeen: now.addingTimeInterval(-60),
                              expires: now.addingTimeInterval(-1))
            try await LoginFailure(key: "adres:203.0.113.5", at: now.addingTimeInterval(-settings.loginLockout - 1)).create(on: app.db)
            try await LoginFailure(key: "account:mijnwachtwoord123", at: now.addingTimeInterval(-86400 * 30)).create(on: app.db)
            try await LoginFailure(key: "adres:198.51.100.7", at: now.addingTimeInterval(-60)).create(on: app.db)

            let removed = try await Housekeeping(database: app.db, settings: settings).run(now: now)

            #expect(removed.sessions == 2)
            #expect(removed.loginFailures == 2)
            #expect(try await UserSession.query(on: app.db).all().map(\.tokenHash) == ["actief"])
            #expect(try await LoginFailure.query(on: app.db).all().map(\.key) == ["adres:198.51.100.7"],
                    "a failure inside the window still counts towards the lockout")
        }
    }
}
