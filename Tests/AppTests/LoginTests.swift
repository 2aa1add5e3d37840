@testable import App
import Fluent
import Foundation
import Testing
import VaporTesting

@Suite("Logging in and out")
struct LoginTests {
    @Test("A wrong password shows the error summary and keeps the username")
    func wrongPassword() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            let response = try await browser.login(TestFixtures.petra, password: "niet-het-wachtwoord")
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Er is een probleem"))
            #expect(response.body.string.contains("Uw inlognaam of wachtwoord klopt niet"))
            #expect(response.body.string.contains(#"value="petra@gemeente-voorbeeld.nl""#))
            #expect(response.body.string.contains("<title>Fout: "))
            #expect(browser.cookies[SessionMiddleware.sessionCookie] == nil)
        }
    }

    @Test("An unknown account gets the same message as a wrong password")
    func unknownAccount() async throws {
        try await withPlein { app in
            let response = try await Browser(app).login("niemand@voorbeeld.nl", password: "iets-langs-123")
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Uw inlognaam of wachtwoord klopt niet"))
        }
    }

    @Test("Empty fields are each named")
    func emptyFields() async throws {
        try await withPlein { app in
            let response = try await Browser(app).login("", password: "")
            #expect(response.body.string.contains("Vul uw inlognaam in."))
            #expect(response.body.string.contains("Vul uw wachtwoord in."))
            #expect(response.body.string.contains(##"href="#veld-inlognaam""##))
        }
    }

    @Test("Login starts a server-side session with a fresh token, and logout ends it on the server")
    func loginAndLogout() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.get("/inloggen")
            let csrfBefore = browser.csrf
            let login = try await browser.login(TestFixtures.petra)
            #expect(login.status == .seeOther)
            #expect(login.headers.first(name: .location) == "/start")
            let cookie = try #require(login.headers[.setCookie].first { $0.hasPrefix("plein_sessie=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(browser.csrf != csrfBefore || login.headers[.setCookie].contains { $0.hasPrefix("plein_csrf=") })
            let token = try #require(browser.cookies[SessionMiddleware.sessionCookie])
            #expect(try await UserSession.query(on: app.db).filter(\.$tokenHash == TokenDigest.digest(token)).count() == 1)

            let start = try await browser.get("/start")
            #expect(start.headers.first(name: .location) == "/inwoners")
            #expect(try await browser.get("/inwoners").status == .ok)

            try await browser.get("/inwoners")
            let logout = try await browser.post("/uitloggen", form: [:])
            #expect(logout.status == .seeOther)
            #expect(try await UserSession.query(on: app.db).filter(\.$tokenHash == TokenDigest.digest(token)).count() == 0)

            // The old cookie, replayed, no longer opens anything.
            let replay = Browser(app)
            replay.cookies[SessionMiddleware.sessionCookie] = token
            let after = try await replay.get("/inwoners")
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location) == "/inloggen")
        }
    }

    @Test("A session idle for longer than the idle timeout has ended")
    func idleTimeout() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            let token = try #require(browser.cookies[SessionMiddleware.sessionCookie])
            let session = try #require(try await UserSession.query(on: app.db).filter(\.$tokenHash == TokenDigest.digest(token)).first())
            session.lastSeenAt = Date().addingTimeInterval(-16 * 60)
            try await session.update(on: app.db)
            #expect(try await browser.get("/inwoners").status == .seeOther)
            #expect(try await UserSession.query(on: app.db).count() == 0)
        }
    }

    @Test("A session seen more than a minute ago is refreshed, and the page still knows its user")
    func touch() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            let session = try #require(try await UserSession.query(on: app.db).first())
            let earlier = Date().addingTimeInterval(-5 * 60)
            session.lastSeenAt = earlier
            try await session.update(on: app.db)
            let page = try await browser.get("/inwoners")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Petra de Vries"))
            #expect(try await UserSession.find(session.id, on: app.db)!.lastSeenAt > earlier)
        }
    }

    @Test("A session past its absolute timeout has ended, however active")
    func absoluteTimeout() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            let session = try #require(try await UserSession.query(on: app.db).first())
            session.expiresAt = Date().addingTimeInterval(-1)
            try await session.update(on: app.db)
            #expect(try await browser.get("/inwoners").status == .seeOther)
        }
    }

    @Test("A form without the CSRF token is refused")
    func csrfRequired() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.get("/inloggen")
            let response = try await browser.post("/inloggen", form: ["inlognaam": TestFixtures.petra, "wachtwoord": DemoSeeder.password],
                                                  includeCSRF: false)
            #expect(response.status == .forbidden)
            #expect(browser.cookies[SessionMiddleware.sessionCookie] == nil)
            var forged = ["inlognaam": TestFixtures.petra, "wachtwoord": DemoSeeder.password]
            forged["_csrf"] = String(repeating: "x", count: 43)
            let body = forged.map { "\($0.key.urlEncoded)=\($0.value.urlEncoded)" }.joined(separator: "&")
            let wrong = try await browser.send(.POST, "/inloggen", body: body, contentType: "application/x-www-form-urlencoded")
            #expect(wrong.status == .forbidden)
        }
    }

    @Test("After five failures the account is locked out for a while, even with the right password")
    func lockout() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            for _ in 1...5 {
                #expect(try await browser.login(TestFixtures.ruben, password: "fout-wachtwoord-1").status == .unprocessableEntity)
            }
            let locked = try await browser.login(TestFixtures.ruben)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers.first(name: .retryAfter) != nil)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "inloggen").filter(\.$outcome == .geweigerd).count() == 5)
        }
    }

    @Test("Behind a reverse proxy failed logins count per client, not for everyone behind it")
    func lockoutBehindProxy() async throws {
        try await withPlein { app in
            let attacker = Browser(app, overNetwork: true)
            attacker.headers.add(name: .xForwardedFor, value: "203.0.113.5")
            for account in [TestFixtures.ruben, TestFixtures.bram, TestFixtures.fatima, TestFixtures.anna, TestFixtures.lisa] {
                let failed = try await attacker.login(account, password: "fout-wachtwoord-1")
                #expect(failed.status == .unprocessableEntity)
            }
            // The address that failed five times is locked out, whichever account it tries.
            let locked = try await attacker.login(TestFixtures.petra)
            #expect(locked.status == .tooManyRequests)
            // Somebody else coming through the same proxy is not: a mistyped password is just that.
            // (Over a real connection the test client follows redirects, so a successful login
            // cannot be seen as one here.)
            let resident = Browser(app, overNetwork: true)
            resident.headers.add(name: .xForwardedFor, value: "198.51.100.7")
            let mistyped = try await resident.login(TestFixtures.petra, password: "fout-wachtwoord-2")
            #expect(mistyped.status == .unprocessableEntity)
        }
    }

    @Test("Demo login is one click per account")
    func demoLogin() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            let page = try await browser.get("/inloggen")
            #expect(page.body.string.contains("Petra de Vries"))
            #expect(page.body.string.contains("Anna Jansen"))
            let response = try await browser.post("/inloggen/demo", form: ["inlognaam": TestFixtures.anna])
            #expect(response.status == .seeOther)
            #expect(try await browser.get("/start").headers.first(name: .location) == "/mijn-plein")
        }
    }

    @Test("The password policy refuses short, long and common passwords")
    func passwordPolicy() {
        let policy = PasswordPolicy.standard
        #expect(!policy.problems(password: "kort", username: "a").isEmpty)
        #expect(!policy.problems(password: String(repeating: "a", count: 65), username: "a").isEmpty)
        #expect(!policy.problems(password: "Wachtwoord123", username: "a").isEmpty)
        #expect(!policy.problems(password: "welkom01", username: "a").isEmpty)
        #expect(!policy.problems(password: "jan@voorbeeld.nl", username: "jan@voorbeeld.nl").isEmpty)
        #expect(policy.problems(password: "paarse olifanten dansen", username: "a").isEmpty)
        #expect(policy.problems(password: String(repeating: "é", count: 64), username: "a").isEmpty)
    }
}
