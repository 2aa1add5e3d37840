@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

@Suite("Verwijsindex: who is involved")
struct InvolvementTests {
    static let karin = "karin@woonstichting-voorbeeld.nl"
    static let mohammed = "mohammed.yilmaz@voorbeeld.nl"

    func register(_ app: Application, as user: String, bsn: String, contact: String) async throws -> TestingHTTPResponse {
        let browser = Browser(app)
        try await browser.login(user)
        try await browser.get("/betrokkenheid")
        return try await browser.post("/betrokkenheid", form: ["bsn": bsn, "contactpersoon": "Contact \(user.prefix(5))", "contact": contact])
    }

    @Test("Two organisations involved with the same resident each see the other's contact person; a third sees nothing; the resident sees both")
    func match() async throws {
        try await withPlein { app in
            let bsn = try await app.resident(named: "Mohammed").bsn
            #expect(try await register(app, as: TestFixtures.petra, bsn: bsn, contact: "020 1234567").status == .seeOther)
            #expect(try await register(app, as: TestFixtures.fatima, bsn: bsn, contact: "fatima@zorgoost.nl").status == .seeOther)
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            let page = try await petra.get("/betrokkenheid")
            #expect(page.body.string.contains("Zorgcoöperatie Oost"))
            #expect(page.body.string.contains("fatima@zorgoost.nl"))
            let fatima = Browser(app)
            try await fatima.login(TestFixtures.fatima)
            #expect(try await fatima.get("/betrokkenheid").body.string.contains("020 1234567"))
            // An organisation not involved with him sees no signal about him.
            let karin = Browser(app)
            try await karin.login(Self.karin)
            #expect(!(try await karin.get("/betrokkenheid").body.string.contains("fatima@zorgoost.nl")))
            // Mohammed sees who helps him.
            let resident = Browser(app)
            try await resident.login(Self.mohammed)
            let mine = try await resident.get("/mijn-plein").body.string
            #expect(mine.contains("Gemeente Voorbeeld") && mine.contains("Zorgcoöperatie Oost"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "signalen-bekijken").count() >= 2)
            // The municipality's regisseur did not register anything, yet gets the signal for a
            // resident of the municipality whom two organisations help.
            let henk = try await app.resident(named: "Henk")
            let wijk = henk.bsn
            let woon = try await Organisation.query(on: app.db).filter(\.$name == "Woonstichting Voorbeeld").first()!.requireID()
            try await Resident(organisationID: woon, bsn: henk.bsn, givenNames: henk.givenNames, familyName: henk.familyName,
                               birthDate: henk.birthDate, postcode: henk.postcode, houseNumber: henk.houseNumber, town: henk.town).create(on: app.db)
            #expect(try await register(app, as: "jeroen@wijkzorgwest.nl", bsn: wijk, contact: "jeroen@wijkzorgwest.nl").status == .seeOther)
            #expect(try await register(app, as: Self.karin, bsn: wijk, contact: "karin@woonstichting-voorbeeld.nl").status == .seeOther)
            let ruben = Browser(app)
            try await ruben.login(TestFixtures.ruben)
            let signals = try await ruben.get("/betrokkenheid").body.string
            #expect(signals.contains("karin@woonstichting-voorbeeld.nl"))
            #expect(signals.contains(BSN(wijk)!.grouped))
            // A professional of the municipality who is not a regisseur does not get that signal.
            #expect(!(try await petra.get("/betrokkenheid").body.string.contains("karin@woonstichting-voorbeeld.nl")))
        }
    }

    @Test("A name or payer that is too long is told it is too long, not asked for again")
    func tooLong() async throws {
        try await withPlein { app in
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            try await petra.get("/betrokkenheid")
            let bsn = try await app.resident(named: "Mohammed").bsn
            let long = try await petra.post("/betrokkenheid", form: ["bsn": bsn, "contactpersoon": String(repeating: "P", count: 101), "contact": "020 1234567"])
            #expect(long.status == .unprocessableEntity)
            #expect(long.body.string.contains("hoogstens 100 tekens"))
            let lisa = Browser(app)
            try await lisa.login(TestFixtures.lisa)
            try await lisa.get("/mijn-plein/inkomen")
            let payer = try await lisa.post("/mijn-plein/inkomen", form: [
                "soort": "loon", "betaler": String(repeating: "B", count: 101), "bedrag": "100", "frequentie": "maand", "eersteBetaling": "1-11-2026"])
            #expect(payer.status == .unprocessableEntity)
            #expect(payer.body.string.contains("hoogstens 100 tekens"))
            #expect(try await Involvement.query(on: app.db).count() == 0)
            #expect(try await IncomePart.query(on: app.db).count() == 0)
        }
    }

    @Test("Bad input is refused per field; registering twice is refused; ending removes the signal")
    func validation() async throws {
        try await withPlein { app in
            let huge = Browser(app)
            try await huge.login(TestFixtures.petra)
            #expect(try await huge.get("/betrokkenheid?pagina=9223372036854775807").status == .ok)
            #expect(try await huge.get("/werkvoorraad?pagina=9223372036854775807").status == .ok)
            let bad = try await register(app, as: TestFixtures.petra, bsn: "123456789", contact: "x")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Vul een geldig BSN in"))
            #expect(bad.body.string.contains("Vul een telefoonnummer of e-mailadres in"))
            let bsn = try await app.resident(named: "Mohammed").bsn
            // An organisation that does not know him cannot register him (and so cannot learn who helps him).
            let unknown = try await register(app, as: Self.karin, bsn: bsn, contact: "karin@woonstichting-voorbeeld.nl")
            #expect(unknown.body.string.contains("kent deze inwoner nog niet"))
            #expect(try await Involvement.query(on: app.db).count() == 0)
            #expect(try await register(app, as: TestFixtures.petra, bsn: bsn, contact: "020 1234567").status == .seeOther)
            let twice = try await register(app, as: TestFixtures.petra, bsn: bsn, contact: "020 1234567")
            #expect(twice.body.string.contains("al als betrokken geregistreerd"))
            #expect(try await register(app, as: TestFixtures.fatima, bsn: bsn, contact: "fatima@zorgoost.nl").status == .seeOther)
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            try await petra.get("/betrokkenheid")
            let own = try #require(try await Involvement.query(on: app.db).filter(\.$contact == "020 1234567").first())
            // Another organisation cannot end Petra's registration.
            let fatima = Browser(app)
            try await fatima.login(TestFixtures.fatima)
            try await fatima.get("/betrokkenheid")
            #expect(try await fatima.post("/betrokkenheid/\(own.id!.uuidString)/beeindigen", form: [:]).status == .notFound)
            let resident = Browser(app)
            try await resident.login(Self.mohammed)
            try await resident.get("/")
            #expect(try await resident.post("/betrokkenheid/\(own.id!.uuidString)/beeindigen", form: [:]).status == .forbidden)
            #expect(try await petra.post("/betrokkenheid/\(own.id!.uuidString)/beeindigen", form: [:]).status == .seeOther)
            #expect(!(try await fatima.get("/betrokkenheid").body.string.contains("020 1234567")))
        }
    }

    @Test("Residents and administrators cannot register or read the index; guests go to the login; the API does the same")
    func roles() async throws {
        try await withPlein { app in
            for user in [TestFixtures.anna, TestFixtures.bram] {
                let browser = Browser(app)
                try await browser.login(user)
                #expect(try await browser.get("/betrokkenheid").status == .forbidden, "\(user)")
                try await browser.get("/")
                #expect(try await browser.post("/betrokkenheid", form: ["bsn": "999990019", "contactpersoon": "X Y", "contact": "0201234567"]).status == .forbidden)
            }
            #expect(try await Browser(app).get("/betrokkenheid").headers.first(name: .location) == "/inloggen")
            #expect(try await Involvement.query(on: app.db).count() == 0)
            let api = APITests()
            let token = try await api.makeToken(for: "Zorgcoöperatie Oost", app)
            let bsn = try await app.resident(named: "Mohammed").bsn
            let created = try await api.call(app, .POST, "/api/v1/betrokkenheden", token: token,
                                             json: #"{"bsn":"\#(bsn)","contactpersoon":"Fatima","contact":"fatima@zorgoost.nl"}"#)
            #expect(created.status == .created)
            let invalid = try await api.call(app, .POST, "/api/v1/betrokkenheden", token: token, json: #"{"bsn":"1","contactpersoon":"F","contact":"x"}"#)
            let names = (try api.problem(invalid)["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names == ["bsn", "contactpersoon", "contact"])
            #expect(try await api.call(app, .GET, "/api/v1/betrokkenheden/signalen", token: token).status == .ok)
            #expect(try await api.call(app, .GET, "/api/v1/betrokkenheden", token: nil).status == .unauthorized)
        }
    }
}
