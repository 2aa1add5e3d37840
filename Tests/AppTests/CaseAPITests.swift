@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

@Suite("API /api/v1/aanvragen")
struct CaseAPITests {
    let api = APITests()

    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    @Test("A partner system of the municipality reads its work queue, a case, its assignments and documents")
    func readCases() async throws {
        try await withPlein { app in
            let id = try await applyAsLisa(Browser(app))
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let list = try await api.call(app, .GET, "/api/v1/aanvragen", token: token)
            #expect(list.status == .ok)
            #expect(list.headers.first(name: "API-Version") == "1.0.0")
            let body = try json(list)
            #expect(body["totaal"] as? Int == 1)
            let first = try #require((body["aanvragen"] as? [[String: Any]])?.first)
            #expect(first["status"] as? String == "zoekperiode")
            #expect(first["opdrachtenOpen"] as? Int == 3)
            #expect(first["antwoorden"] == nil)
            let one = try json(try await api.call(app, .GET, "/api/v1/aanvragen/\(id.uuidString)", token: token))
            #expect((one["antwoorden"] as? [String: String])?["iban"] == "NL91ABNA0417164300")
            let assignments = try json(try await api.call(app, .GET, "/api/v1/aanvragen/\(id.uuidString)/opdrachten", token: token))
            #expect((assignments["opdrachten"] as? [Any])?.count == 3)
            let documents = try json(try await api.call(app, .GET, "/api/v1/aanvragen/\(id.uuidString)/documenten", token: token))
            let document = try #require((documents["documenten"] as? [[String: Any]])?.first)
            #expect(document["mediatype"] as? String == "application/pdf")
            #expect(try await api.call(app, .GET, "/api/v1/aanvragen/\(id.uuidString)/besluit", token: token).status == .notFound)
        }
    }

    @Test("Another organisation's system sees none of it: not in the list, 403 on the case, its messages and decision")
    func otherOrganisation() async throws {
        try await withPlein { app in
            let id = try await applyAsLisa(Browser(app))
            let token = try await api.makeToken(for: "Zorgcoöperatie Oost", app)
            #expect(try json(try await api.call(app, .GET, "/api/v1/aanvragen", token: token))["totaal"] as? Int == 0)
            for path in ["", "/opdrachten", "/berichten", "/documenten", "/besluit"] {
                let response = try await api.call(app, .GET, "/api/v1/aanvragen/\(id.uuidString)\(path)", token: token)
                #expect(response.status == .forbidden, "\(path)")
                _ = try api.problem(response)
            }
            let sent = try await api.call(app, .POST, "/api/v1/aanvragen/\(id.uuidString)/berichten", token: token, json: #"{"tekst":"hallo"}"#)
            #expect(sent.status == .forbidden)
            #expect(try await CaseMessage.query(on: app.db).count() == 0)
            #expect(try await api.call(app, .GET, "/api/v1/aanvragen", token: nil).status == .unauthorized)
        }
    }

    @Test("Messages, assignments and a decision through the API, with invalid fields named as the API calls them")
    func actions() async throws {
        try await withPlein { app in
            let id = try await applyAsLisa(Browser(app))
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let base = "/api/v1/aanvragen/\(id.uuidString)"
            let empty = try await api.call(app, .POST, "\(base)/berichten", token: token, json: #"{"tekst":"  "}"#)
            #expect(empty.status == .badRequest)
            #expect((try api.problem(empty)["invalidParams"] as? [[String: Any]])?.first?["name"] as? String == "tekst")
            let sent = try await api.call(app, .POST, "\(base)/berichten", token: token, json: #"{"tekst":"Welkom bij de gemeente."}"#)
            #expect(sent.status == .created)
            #expect(try json(sent)["afzender"] as? String == "Test")
            let templates = try json(try await api.call(app, .GET, "/api/v1/opdrachtsjablonen", token: token))
            let linkedIn = try #require((templates["sjablonen"] as? [[String: Any]])?.first { $0["titel"] as? String == "Maak een LinkedIn-profiel" })
            let given = try await api.call(app, .POST, "\(base)/opdrachten", token: token, json: #"{"sjabloonId":"\#(linkedIn["id"] as! String)"}"#)
            #expect(given.status == .created)
            #expect(try json(given)["bewijs"] as? String == "link")
            let unknown = try await api.call(app, .POST, "\(base)/opdrachten", token: token, json: #"{"sjabloonId":"\#(UUID().uuidString)"}"#)
            #expect((try api.problem(unknown)["invalidParams"] as? [[String: Any]])?.first?["name"] as? String == "sjabloonId")

            let file = try #require(try await CaseFile.find(id, on: app.db))
            try await CaseService.startTreatment(file, from: .today, detail: nil,
                                                 by: CaseAccess(database: app.db, actor: .system(file.organisationID), audit: app.plein.audit), in: app.db)
            let deviating = try await api.call(app, .POST, "\(base)/besluit", token: token,
                                               json: #"{"soort":"toekenning","motivering":"Voldoet.","bedragPerMaand":12.5}"#)
            #expect(deviating.status == .badRequest)
            let names = (try api.problem(deviating)["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names == ["afwijkingsreden"])
            let decided = try await api.call(app, .POST, "\(base)/besluit", token: token, json: #"{"soort":"toekenning","motivering":"Voldoet."}"#)
            #expect(decided.status == .created)
            let decision = try json(decided)
            #expect((decision["bedragPerMaand"] as? Double ?? 0) > 0)
            #expect(decision["bedragPerMaand"] as? Double == decision["berekendBedragPerMaand"] as? Double)
            #expect(decision["bezwaarTot"] as? String == ApplicationTerms.objectionDeadline(decisionDate: .today).description)
        }
    }

    @Test("An amount with more than two decimals is refused with the field named, not rounded")
    func amountWithThreeDecimals() async throws {
        try await withPlein { app in
            let id = try await applyAsLisa(Browser(app))
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let file = try #require(try await CaseFile.find(id, on: app.db))
            try await CaseService.startTreatment(file, from: .today, detail: nil,
                                                 by: CaseAccess(database: app.db, actor: .system(file.organisationID), audit: app.plein.audit), in: app.db)
            let decision = try await api.call(app, .POST, "/api/v1/aanvragen/\(id.uuidString)/besluit", token: token,
                                              json: #"{"soort":"toekenning","motivering":"Voldoet.","bedragPerMaand":1000.005,"afwijkingsreden":"Anders."}"#)
            #expect(decision.status == .badRequest)
            #expect((try api.problem(decision)["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["bedragPerMaand"])
            #expect(try await Decision.query(on: app.db).count() == 0)
            let lisa = try await app.resident(named: "Lisa")
            let income = try await api.call(app, .POST, "/api/v1/inkomsten", token: token, json: """
                {"bsn": "\(lisa.bsn)", "soort": "loon", "betaler": "Werkgever", "bedrag": 10.005,
                 "frequentie": "maand", "eersteBetaaldatum": "2026-11-01"}
                """)
            #expect(income.status == .badRequest)
            #expect((try api.problem(income)["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["bedrag"])
            #expect(try await IncomePart.query(on: app.db).count() == 0)
        }
    }

    @Test("A NUL character in a text is refused with the field named; PostgreSQL cannot store it")
    func nulCharacter() async throws {
        try await withPlein { app in
            let id = try await applyAsLisa(Browser(app))
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let sent = try await api.call(app, .POST, "/api/v1/aanvragen/\(id.uuidString)/berichten", token: token,
                                          json: #"{"tekst":"Hallo\u0000daar"}"#)
            #expect(sent.status == .badRequest)
            #expect((try api.problem(sent)["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["tekst"])
            #expect(try await CaseMessage.query(on: app.db).count() == 0)
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            try await petra.get("/zaken/\(id.uuidString)")
            let form = try await petra.postMultipart("/zaken/\(id.uuidString)/berichten", form: ["bericht": "Hallo\u{0}daar"])
            #expect(form.status == .badRequest)
            #expect(form.body.string.contains("U+0000"))
            #expect(try await CaseMessage.query(on: app.db).count() == 0)
            for path in ["/inwoners?zoek=a%00b", "/werkvoorraad?zoek=a%00b"] {
                #expect(try await petra.get(path).status == .badRequest, "\(path)")
            }
            #expect(try await api.call(app, .GET, "/api/v1/inwoners?zoek=a%00b", token: token).status == .badRequest)
        }
    }

    @Test("The OpenAPI document describes the new resources")
    func documented() async throws {
        try await withPlein { app in
            let document = try await app.testing().performTest(request: .init(method: .GET, url: .init(path: "/api/v1/openapi.json"), headers: [:], body: ByteBuffer()))
            let paths = try #require(try json(document)["paths"] as? [String: Any])
            for path in ["/aanvragen", "/aanvragen/{aanvraagId}/opdrachten", "/aanvragen/{aanvraagId}/berichten",
                         "/aanvragen/{aanvraagId}/documenten", "/aanvragen/{aanvraagId}/besluit", "/opdrachtsjablonen"] {
                #expect(paths[path] != nil, "\(path)")
            }
        }
    }
}
