@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

@Suite("Mijn Plein: income parts, help requests and the resident's overview")
struct MyPleinTests {
    let api = APITests()
    static let wijkzorg = "jeroen@wijkzorgwest.nl"

    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    @Test("An organisation supplies an income part through the API; the resident adds one; Mijn Plein shows both, the monthly total and the coming payments")
    func income() async throws {
        try await withPlein { app in
            let anna = try await app.resident(named: "Anna")
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let supplied = try await api.call(app, .POST, "/api/v1/inkomsten", token: token, json: """
                {"bsn": "\(anna.bsn)", "soort": "bijstand", "betaler": "Gemeente Voorbeeld", "bedrag": 1200.5,
                 "frequentie": "maand", "eersteBetaaldatum": "2026-01-24"}
                """)
            #expect(supplied.status == .created)
            #expect(try json(supplied)["bedragPerMaand"] as? Double == 1200.5)
            let resident = Browser(app)
            try await resident.login(TestFixtures.anna)
            try await resident.get("/mijn-plein/inkomen")
            #expect(try await resident.post("/mijn-plein/inkomen", form: [
                "soort": "loon", "betaler": "Bakkerij Brood", "bedrag": "300,00", "frequentie": "vierWeken",
                "eersteBetaling": CivilDate.today.dutchNotation]).status == .seeOther)
            let page = try await resident.get("/mijn-plein")
            let html = page.body.string
            #expect(page.status == .ok)
            #expect(html.contains("Bakkerij Brood") && html.contains("Gemeente Voorbeeld"))
            // 1200,50 + 300,00 × 13 / 12 = 1200,50 + 325,00
            #expect(html.contains("€ 1.525,50"))
            #expect(html.contains("Komende betalingen"))
            #expect(html.contains(CivilDate.today.dutchNotation))
            // The partner system lists what it supplied, not what the resident entered.
            let list = try json(try await api.call(app, .GET, "/api/v1/inkomsten?bsn=\(anna.bsn)", token: token))
            #expect((list["inkomsten"] as? [Any])?.count == 1)
            // Each read (the form, then the overview) was logged for Anna.
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "eigen-inkomsten-inzien").count() == 2)
        }
    }

    @Test("Bad income is refused per field, in the form and in the API; only residents the organisation knows")
    func incomeValidation() async throws {
        try await withPlein { app in
            let resident = Browser(app)
            try await resident.login(TestFixtures.anna)
            try await resident.get("/mijn-plein/inkomen")
            let bad = try await resident.post("/mijn-plein/inkomen", form: [
                "soort": "geld", "betaler": "", "bedrag": "1.0000,00", "frequentie": "dagelijks", "eersteBetaling": "32-13-2026"])
            #expect(bad.status == .unprocessableEntity)
            for message in ["Kies wat voor inkomen", "Vul in wie het betaalt", "Vul het bedrag in", "Kies hoe vaak", "Vul de datum van een betaling in"] {
                #expect(bad.body.string.contains(message))
            }
            #expect(bad.body.string.contains("value=\"1.0000,00\""))
            #expect(try await IncomePart.query(on: app.db).count() == 0)
            let token = try await api.makeToken(for: "Woonstichting Voorbeeld", app)
            let anna = try await app.resident(named: "Anna")
            let unknown = try await api.call(app, .POST, "/api/v1/inkomsten", token: token, json: """
                {"bsn": "\(anna.bsn)", "soort": "huurtoeslag", "betaler": "Belastingdienst", "bedrag": -5,
                 "frequentie": "maand", "eersteBetaaldatum": "2026-13-01"}
                """)
            let problem = try api.problem(unknown)
            let names = (problem["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
            #expect(Set(names) == ["bedrag", "eersteBetaaldatum"])
            let stranger = try await api.call(app, .POST, "/api/v1/inkomsten", token: token, json: """
                {"bsn": "\(anna.bsn)", "soort": "huurtoeslag", "betaler": "Belastingdienst", "bedrag": 50,
                 "frequentie": "maand", "eersteBetaaldatum": "2026-11-01"}
                """)
            #expect(stranger.status == .badRequest)
            #expect(stranger.body.string.contains("kent deze inwoner nog niet"))
            #expect(try await IncomePart.query(on: app.db).count() == 0)
        }
    }

    @Test("Only the supplier ends a supplied part, only the resident their own; professionals cannot open Mijn Plein")
    func incomeAuthorization() async throws {
        try await withPlein { app in
            let anna = try await app.resident(named: "Anna")
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let id = try json(try await api.call(app, .POST, "/api/v1/inkomsten", token: token, json: """
                {"bsn": "\(anna.bsn)", "soort": "bijstand", "betaler": "Gemeente", "bedrag": 100, "frequentie": "maand", "eersteBetaaldatum": "2026-01-01"}
                """))["id"] as! String
            let resident = Browser(app)
            try await resident.login(TestFixtures.anna)
            try await resident.get("/mijn-plein/inkomen")
            #expect(try await resident.post("/mijn-plein/inkomen/\(id)/verwijderen", form: [:]).status == .notFound)
            let other = try await api.makeToken(for: "Wijkzorg West", app)
            #expect(try await api.call(app, .DELETE, "/api/v1/inkomsten/\(id)", token: other).status == .notFound)
            #expect(try await IncomePart.query(on: app.db).filter(\.$endedAt == nil).count() == 1)
            #expect(try await api.call(app, .DELETE, "/api/v1/inkomsten/\(id)", token: token).status == .noContent)
            #expect(try await IncomePart.query(on: app.db).filter(\.$endedAt == nil).count() == 0)
            let professional = Browser(app)
            try await professional.login(TestFixtures.petra)
            try await professional.get("/inwoners")
            #expect(try await professional.get("/mijn-plein").status == .forbidden)
            #expect(try await professional.post("/mijn-plein/inkomen", form: ["soort": "loon"]).status == .forbidden)
            #expect(try await api.call(app, .GET, "/api/v1/inkomsten", token: nil).status == .unauthorized)
        }
    }

    @Test("A help request goes to the team of the resident's wijk by postcode; the team plans the intake; the resident sees the appointment")
    func helpRequest() async throws {
        try await withPlein { app in
            let resident = Browser(app)
            try await resident.login(TestFixtures.anna)
            try await resident.get("/mijn-plein/inkomen")
            // Anna lives at 1011AB: wijk Centrum, served by Wijkzorg West.
            #expect(try await resident.get("/hulp-vragen").body.string.contains("Wijkzorg West"))
            let bad = try await resident.post("/hulp-vragen", form: ["thema": "tuin", "vraag": "kort", "contact": ""])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Kies waar u hulp bij wilt") && bad.body.string.contains("Vertel in een paar zinnen"))
            #expect(try await resident.post("/hulp-vragen", form: [
                "thema": "huishoudelijke_hulp", "vraag": "Ik kan door mijn rug niet meer stofzuigen.", "contact": "06 12345678"]).status == .seeOther)
            let request = try #require(try await HelpRequest.query(on: app.db).first())
            let wijkzorg = try await Organisation.query(on: app.db).filter(\.$name == "Wijkzorg West").first()!
            #expect(request.organisationID == wijkzorg.id)
            // Another team does not see it, and cannot plan it.
            let fatima = Browser(app)
            try await fatima.login(TestFixtures.fatima)
            #expect(!(try await fatima.get("/hulpvragen").body.string.contains("Anna Jansen")))
            #expect(try await fatima.get("/hulpvragen/\(request.id!.uuidString)").status == .notFound)
            #expect(try await fatima.post("/hulpvragen/\(request.id!.uuidString)/intake", form: ["datum": "1-12-2099", "tijd": "10:00", "plaats": "thuis"]).status == .notFound)
            let team = Browser(app)
            try await team.login(Self.wijkzorg)
            #expect(try await team.get("/hulpvragen").body.string.contains("Anna Jansen"))
            let invalid = try await team.post("/hulpvragen/\(request.id!.uuidString)/intake", form: ["datum": "1-1-2020", "tijd": "25:00", "plaats": ""])
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.body.string.contains("Vul een tijd in"))
            let day = CivilDate.today.adding(days: 3)
            #expect(try await team.post("/hulpvragen/\(request.id!.uuidString)/intake",
                                        form: ["datum": day.dutchNotation, "tijd": "10.30", "plaats": "Bij u thuis"]).status == .seeOther)
            let overview = try await resident.get("/mijn-plein").body.string
            #expect(overview.contains("\(day.dutchNotation) om 10:30"))
            #expect(overview.contains("Bij u thuis"))
            #expect(overview.contains("Gesprek gepland"))
            // A resident cannot open the team's inbox.
            #expect(try await resident.get("/hulpvragen").status == .forbidden)
        }
    }

    @Test("Areas: the municipality's administrator adds and removes them, overlaps are refused; others may not; the API finds the area of a postcode")
    func areas() async throws {
        try await withPlein { app in
            let admin = Browser(app)
            try await admin.login(TestFixtures.bram)
            try await admin.get("/beheer")
            let page = try await admin.get("/beheer/gebieden")
            #expect(page.status == .ok && page.body.string.contains("Centrum"))
            let wijkzorg = try await Organisation.query(on: app.db).filter(\.$name == "Wijkzorg West").first()!.id!.uuidString
            let overlap = try await admin.post("/beheer/gebieden", form: ["naam": "Noord", "van": "1028", "totEnMet": "1031", "bediendDoor": wijkzorg])
            #expect(overlap.status == .unprocessableEntity)
            #expect(overlap.body.string.contains("wijk West"))
            #expect(try await admin.post("/beheer/gebieden", form: ["naam": "Noord", "van": "1030", "totEnMet": "1039", "bediendDoor": wijkzorg]).status == .seeOther)
            let token = try await api.makeToken(for: "Zorgcoöperatie Oost", app)
            let found = try json(try await api.call(app, .GET, "/api/v1/gebieden?postcode=1031AA", token: token))
            let area = try #require((found["gebieden"] as? [[String: Any]])?.first)
            #expect(area["naam"] as? String == "Noord" && area["bediendDoor"] as? String == "Wijkzorg West")
            #expect(try await api.call(app, .GET, "/api/v1/gebieden?postcode=xx", token: token).status == .badRequest)
            let professional = Browser(app)
            try await professional.login(TestFixtures.petra)
            try await professional.get("/inwoners")
            #expect(try await professional.get("/beheer/gebieden").status == .forbidden)
            #expect(try await professional.post("/beheer/gebieden", form: ["naam": "Zuid", "van": "1040", "totEnMet": "1049", "bediendDoor": wijkzorg]).status == .forbidden)
            let id = try await Area.query(on: app.db).filter(\.$name == "Noord").first()!.id!.uuidString
            #expect(try await professional.post("/beheer/gebieden/\(id)/verwijderen", form: [:]).status == .forbidden)
            #expect(try await admin.post("/beheer/gebieden/\(id)/verwijderen", form: [:]).status == .seeOther)
            #expect(try await Area.query(on: app.db).filter(\.$name == "Noord").count() == 0)
        }
    }

    @Test("The remaining new routes refuse whom they should: residents' pages for professionals, teams' and administrators' pages for others")
    func authorization() async throws {
        try await withPlein { app in
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            try await petra.get("/inwoners")
            #expect(try await petra.get("/mijn-plein/inkomen").status == .forbidden)
            #expect(try await petra.get("/hulp-vragen").status == .forbidden)
            #expect(try await petra.post("/hulp-vragen", form: ["thema": "vervoer", "vraag": "Een vraag van tien tekens", "contact": "06 12345678"]).status == .forbidden)
            #expect(try await petra.postMultipart("/beheer/configuratie", form: [:], file: ("bestand", "c.json", Data("{}".utf8))).status == .forbidden)
            let resident = Browser(app)
            try await resident.login(TestFixtures.anna)
            try await resident.get("/mijn-plein")
            #expect(try await resident.post("/hulp-vragen", form: ["thema": "vervoer", "vraag": "Ik kan niet meer met de bus.", "contact": "06 12345678"]).status == .seeOther)
            let request = try #require(try await HelpRequest.query(on: app.db).first())
            #expect(try await resident.post("/hulpvragen/\(request.id!.uuidString)/afronden", form: [:]).status == .forbidden)
            let fatima = Browser(app)
            try await fatima.login(TestFixtures.fatima)
            try await fatima.get("/hulpvragen")
            #expect(try await fatima.post("/hulpvragen/\(request.id!.uuidString)/afronden", form: [:]).status == .notFound)
            #expect(try await HelpRequest.find(request.id, on: app.db)?.status == .nieuw)
            // A professional of another organisation cannot comment on a plan, even with an action in it.
            let ruben = Browser(app)
            try await ruben.login(TestFixtures.ruben)
            try await ruben.get("/plannen")
            let anna = try await app.resident(named: "Anna")
            #expect(try await ruben.post("/plannen", form: ["bsn": anna.bsn, "titel": "Samen verder"]).status == .seeOther)
            let plan = try #require(try await Plan.query(on: app.db).first())
            let oost = try await Organisation.query(on: app.db).filter(\.$name == "Zorgcoöperatie Oost").first()!.id!.uuidString
            #expect(try await ruben.post("/plannen/\(plan.id!.uuidString)/acties", form: ["actie": "Eerste gesprek", "uitvoerder": "organisatie:\(oost)"]).status == .seeOther)
            #expect(try await fatima.post("/plannen/\(plan.id!.uuidString)/reacties", form: ["reactie": "Hallo"]).status == .forbidden)
            #expect(try await PlanComment.query(on: app.db).count() == 0)
        }
    }
}
