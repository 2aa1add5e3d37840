@testable import App
import Fluent
import Foundation
import Testing
import VaporTesting

/// Authorization: each of these fails if the scoping or role check in ResidentService or
/// OrganisationAdminService is removed.
@Suite("Who may see which resident")
struct ScopingTests {
    @Test("A professional sees residents of their own organisation only")
    func listIsScoped() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.fatima)
            let page = try await browser.get("/inwoners")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("2 inwoners gevonden"))
            #expect(page.body.string.contains("Mohammed Yilmaz"))
            #expect(!page.body.string.contains("Lisa de Boer"))
        }
    }

    @Test("Another organisation's record is refused, and the refusal is audited")
    func crossOrganisationRefused() async throws {
        try await withPlein { app in
            let lisa = try await app.resident(named: "Lisa")
            let browser = Browser(app)
            try await browser.login(TestFixtures.fatima)
            let response = try await browser.get("/inwoners/\(lisa.id!.uuidString)")
            #expect(response.status == .forbidden)
            #expect(!response.body.string.contains("de Boer"))
            let refusals = try await AuditEntry.query(on: app.db)
                .filter(\.$action == "inwoner-inzien").filter(\.$outcome == .geweigerd).all()
            #expect(refusals.count == 1)
            #expect(refusals.first?.objectID == lisa.id!.uuidString)
            #expect(try await ProcessingEntry.query(on: app.db).filter(\.$activity == "inwoner-behandelen").count() == 0)
        }
    }

    @Test("The same person's record at the own organisation is visible")
    func ownOrganisationAllowed() async throws {
        try await withPlein { app in
            let mohammedAtZorgOost = try await app.resident(named: "Mohammed", organisation: "Zorgcoöperatie Oost")
            let browser = Browser(app)
            try await browser.login(TestFixtures.fatima)
            #expect(try await browser.get("/inwoners/\(mohammedAtZorgOost.id!.uuidString)").status == .ok)
        }
    }

    @Test("A resident cannot open the professional's pages or another resident's record")
    func residentRefused() async throws {
        try await withPlein { app in
            let lisa = try await app.resident(named: "Lisa")
            let browser = Browser(app)
            try await browser.login(TestFixtures.anna)
            #expect(try await browser.get("/inwoners").status == .forbidden)
            #expect(try await browser.get("/inwoners/\(lisa.id!.uuidString)").status == .forbidden)
            #expect(try await browser.get("/beheer").status == .forbidden)
        }
    }

    @Test("A resident sees only their own data on Mijn gegevens")
    func ownDataOnly() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.anna)
            let page = try await browser.get("/mijn-gegevens")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Anna Jansen"))
            #expect(!page.body.string.contains("Yilmaz"))
            #expect(!page.body.string.contains("Noah"))
        }
    }

    @Test("A functional administrator manages accounts but does not read residents")
    func administratorCannotReadResidents() async throws {
        try await withPlein { app in
            let lisa = try await app.resident(named: "Lisa")
            let browser = Browser(app)
            try await browser.login(TestFixtures.bram)
            #expect(try await browser.get("/inwoners").status == .forbidden)
            #expect(try await browser.get("/inwoners/\(lisa.id!.uuidString)").status == .forbidden)
            let admin = try await browser.get("/beheer")
            #expect(admin.status == .ok)
            #expect(admin.body.string.contains("Ruben Bakker"))
            #expect(!admin.body.string.contains("Fatima"))
        }
    }

    @Test("A professional cannot open the administration")
    func professionalCannotAdminister() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            #expect(try await browser.get("/beheer").status == .forbidden)
            try await browser.get("/inwoners")
            #expect(try await browser.post("/beheer/koppelingen", form: ["naam": "Stiekem"]).status == .forbidden)
            #expect(try await APIClient.query(on: app.db).count() == 0)
        }
    }

    @Test("Only professionals register residents; Mijn gegevens is only for residents")
    func rolesPerRoute() async throws {
        try await withPlein { app in
            let before = try await Resident.query(on: app.db).count()
            for account in [TestFixtures.anna, TestFixtures.bram] {
                let browser = Browser(app)
                try await browser.login(account)
                #expect(try await browser.get("/inwoners/nieuw").status == .forbidden, "\(account)")
                try await browser.get("/")  // a page with the logout form: the CSRF token after login
                let response = try await browser.post("/inwoners/nieuw", form: [
                    "bsn": "111222333", "voornamen": "Kees", "achternaam": "Klaassen", "geboortedatum": "1990-02-28",
                    "postcode": "1011AB", "huisnummer": "4", "woonplaats": "Voorbeeld",
                ])
                #expect(response.status == .forbidden, "\(account)")
            }
            #expect(try await Resident.query(on: app.db).count() == before)
            // Refused by the role check in the service (and audited: the form and the post, for
            // each of the two accounts), not by CSRF.
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "inwoner-registreren")
                .filter(\.$outcome == .geweigerd).count() == 4)
            let professional = Browser(app)
            try await professional.login(TestFixtures.petra)
            #expect(try await professional.get("/mijn-gegevens").status == .forbidden)
        }
    }

    @Test("Guests are sent to the login page")
    func guestsRedirected() async throws {
        try await withPlein { app in
            for path in ["/inwoners", "/mijn-gegevens", "/beheer", "/inwoners/nieuw"] {
                let response = try await Browser(app).get(path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers.first(name: .location) == "/inloggen", "\(path)")
            }
        }
    }
}
