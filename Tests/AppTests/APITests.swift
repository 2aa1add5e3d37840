@testable import App
import Fluent
import Foundation
import Testing
import VaporTesting

@Suite("API /api/v1")
struct APITests {
    /// Makes an API client for an organisation the way the admin page does, and returns its token.
    func makeToken(for organisation: String, _ app: Application) async throws -> String {
        let organisationID = try await Organisation.query(on: app.db).filter(\.$name == organisation).first()!.requireID()
        let token = TokenDigest.newToken(prefix: "plein_")
        try await APIClient(organisationID: organisationID, name: "Test", tokenHash: TokenDigest.digest(token)).create(on: app.db)
        return token
    }

    func call(_ app: Application, _ method: HTTPMethod, _ path: String, token: String?, json: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = .init(token: token) }
        if json != nil { headers.contentType = .json }
        return try await app.testing().performTest(request: .init(
            method: method, url: .init(path: path), headers: headers, body: ByteBuffer(string: json ?? "")))
    }

    func problem(_ response: TestingHTTPResponse) throws -> [String: Any] {
        #expect(response.headers.first(name: .contentType) == "application/problem+json")
        return try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    @Test("Without a valid token the API answers 401 problem+json with the API-Version header")
    func unauthenticated() async throws {
        try await withPlein { app in
            for token in [nil, "plein_onzin", "geen-plein-token"] {
                let response = try await call(app, .GET, "/api/v1/inwoners", token: token)
                #expect(response.status == .unauthorized)
                #expect(response.headers.first(name: "API-Version") == "1.0.0")
                #expect(try problem(response)["status"] as? Int == 401)
            }
        }
    }

    @Test("A revoked token no longer works")
    func revoked() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            let client = try #require(try await APIClient.query(on: app.db).first())
            client.revokedAt = Date()
            try await client.update(on: app.db)
            #expect(try await call(app, .GET, "/api/v1/inwoners", token: token).status == .unauthorized)
        }
    }

    @Test("A client lists only its own organisation's residents")
    func listScoped() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Zorgcoöperatie Oost", app)
            let response = try await call(app, .GET, "/api/v1/inwoners", token: token)
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "API-Version") == "1.0.0")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
            #expect(body["totaal"] as? Int == 2)
            let names = (body["inwoners"] as? [[String: Any]])?.compactMap { $0["achternaam"] as? String }
            #expect(names == ["Yilmaz", "Yilmaz"])
        }
    }

    @Test("A page number past the last page shows the last page; the largest Int does not stop the server")
    func searchPageOverflow() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            let response = try await call(app, .GET, "/api/v1/inwoners?pagina=9223372036854775807", token: token)
            #expect(response.status == .ok)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
            #expect(body["pagina"] as? Int == body["aantalPaginas"] as? Int)
            #expect((body["inwoners"] as? [Any])?.isEmpty == false)
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            #expect(try await petra.get("/inwoners?pagina=9223372036854775807").status == .ok)
        }
    }

    @Test("Query parameters are checked against the OpenAPI document: every invalid one is named")
    func invalidQueryParameters() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            func names(_ path: String) async throws -> [String] {
                let response = try await call(app, .GET, path, token: token)
                #expect(response.status == .badRequest, "\(path)")
                #expect(response.headers.first(name: "API-Version") == "1.0.0")
                return (try problem(response)["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
            }
            #expect(try await names("/api/v1/inwoners?pagina=abc") == ["pagina"])
            #expect(try await names("/api/v1/inwoners?pagina=0") == ["pagina"])
            #expect(try await names("/api/v1/inwoners?zoek=\(String(repeating: "a", count: 101))") == ["zoek"])
            #expect(try await names("/api/v1/aanvragen?status=klaar&urgentie=morgen&pagina=-1") == ["status", "urgentie", "pagina"])
            #expect(try await names("/api/v1/betrokkenheden/signalen?pagina=99999999999999999999") == ["pagina"])
            let unknownStatus = try await call(app, .GET, "/api/v1/aanvragen?status=klaar", token: token)
            #expect(unknownStatus.body.string.contains("zoekperiode, in_behandeling, besloten"))
            #expect(try await call(app, .GET, "/api/v1/aanvragen?status=besloten&pagina=2", token: token).status == .ok)
        }
    }

    @Test("A JSON body is checked against the OpenAPI document: every missing, mistyped or unknown value is named")
    func invalidBody() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            let response = try await call(app, .POST, "/api/v1/inkomsten", token: token, json: """
                {"bsn": 999990081, "soort": "salaris", "betaler": "SVB", "bedrag": "veel", "frequentie": "soms"}
                """)
            #expect(response.status == .badRequest)
            let invalid = try problem(response)["invalidParams"] as? [[String: Any]] ?? []
            #expect(Set(invalid.compactMap { $0["name"] as? String }) == ["bsn", "soort", "bedrag", "frequentie", "eersteBetaaldatum"])
            let soort = invalid.first { $0["name"] as? String == "soort" }?["reason"] as? String ?? ""
            #expect(soort.contains("bijstand, loon, uitkering"))
            #expect(try problem(response)["detail"] as? String != "De invoer is geen geldige JSON voor deze bewerking.")
            #expect(try await IncomePart.query(on: app.db).count() == 0)
            // The calculations keep their own reader, which names every field in its own words.
            let calculation = try await call(app, .POST, "/api/v1/berekeningen", token: token, json: #"{"peildatum":"2026-07-01","personen":[{"rol":"baas"}]}"#)
            #expect(calculation.body.string.contains("moet een van deze waarden zijn"))
        }
    }

    @Test("Another organisation's resident is refused with 403 problem+json")
    func crossOrganisation() async throws {
        try await withPlein { app in
            let lisa = try await app.resident(named: "Lisa")
            let token = try await makeToken(for: "Zorgcoöperatie Oost", app)
            let response = try await call(app, .GET, "/api/v1/inwoners/\(lisa.id!.uuidString)", token: token)
            #expect(response.status == .forbidden)
            #expect(!response.body.string.contains(lisa.bsn))
            #expect(try problem(response)["status"] as? Int == 403)
            let own = try await call(app, .GET, "/api/v1/inwoners/\(lisa.id!.uuidString)", token: try await makeToken(for: "Gemeente Voorbeeld", app))
            #expect(own.status == .ok)
            #expect(own.body.string.contains(#""bsn":"\#(lisa.bsn)""#) || own.body.string.contains(#""bsn" : "\#(lisa.bsn)""#))
        }
    }

    @Test("Bad input lists every invalid field and writes nothing")
    func invalidFields() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            let before = try await Resident.query(on: app.db).count()
            let response = try await call(app, .POST, "/api/v1/inwoners", token: token, json: """
                {"bsn":"123456789","voornamen":"Kees","achternaam":"","geboortedatum":"1990-13-01",
                 "postcode":"0123AB","huisnummer":"1","woonplaats":"Voorbeeld","iban":"NL00ABNA0417164300"}
                """)
            #expect(response.status == .badRequest)
            let invalid = try #require(try problem(response)["invalidParams"] as? [[String: Any]])
            #expect(Set(invalid.compactMap { $0["name"] as? String }) == ["bsn", "achternaam", "geboortedatum", "postcode", "iban"])
            #expect(try await Resident.query(on: app.db).count() == before)
        }
    }

    @Test("Malformed JSON and a missing required field are 400 problem+json, not 500")
    func malformed() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            let broken = try await call(app, .POST, "/api/v1/inwoners", token: token, json: "{niet json")
            #expect(broken.status == .badRequest)
            _ = try problem(broken)
            let missing = try await call(app, .POST, "/api/v1/inwoners", token: token, json: #"{"bsn":"111222333"}"#)
            #expect(missing.status == .badRequest)
            _ = try problem(missing)
        }
    }

    @Test("A body that is not JSON is 415 problem+json that says in Dutch what to send")
    func wrongContentType() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            headers.contentType = .plainText
            let response = try await app.testing().performTest(request: .init(
                method: .POST, url: .init(path: "/api/v1/inwoners"), headers: headers, body: ByteBuffer(string: "{}")))
            #expect(response.status == .unsupportedMediaType)
            let body = try problem(response)
            #expect(body["detail"] as? String == "Stuur de invoer als JSON, met de kop Content-Type: application/json.")
            #expect(body["title"] as? String != "De invoer klopt niet")
        }
    }

    @Test("A valid registration answers 201 with the resident")
    func register() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            let response = try await call(app, .POST, "/api/v1/inwoners", token: token, json: """
                {"bsn":"111222333","voornamen":"Kees","achternaam":"Klaassen","geboortedatum":"1990-02-28",
                 "postcode":"1011 AB","huisnummer":"4","woonplaats":"Voorbeeld"}
                """)
            #expect(response.status == .created)
            #expect(response.body.string.contains("Klaassen"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$actorKind == "api_client").filter(\.$action == "inwoner-registreren").count() == 1)
        }
    }

    @Test("Unknown API paths and trailing slashes are 404 problem+json")
    func notFound() async throws {
        try await withPlein { app in
            let token = try await makeToken(for: "Gemeente Voorbeeld", app)
            for path in ["/api/v1/bestaat-niet", "/api/v1/inwoners/"] {
                let response = try await call(app, .GET, path, token: token)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.headers.first(name: "API-Version") == "1.0.0")
                _ = try problem(response)
            }
        }
    }

    @Test("The OpenAPI document is served as JSON, version 3.1")
    func openAPIDocument() async throws {
        try await withPlein { app in
            let response = try await call(app, .GET, "/api/v1/openapi.json", token: nil)
            #expect(response.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            #expect((document["paths"] as? [String: Any])?["/inwoners"] != nil)
        }
    }
}

@Suite("API /api/v1/berekeningen")
struct CalculationAPITests {
    let api = APITests()

    @Test("A household gets a result per scheme with amounts in euro and a legal trace")
    func calculation() async throws {
        try await withPlein { app in
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let response = try await api.call(app, .POST, "/api/v1/berekeningen", token: token, json: """
                {"peildatum":"2026-07-01","personen":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}],
                 "vermogen":500,"woning":{"soort":"huur","kaleHuur":650,"servicekosten":30}}
                """)
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "API-Version") == "1.0.0")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
            let schemes = try #require(body["regelingen"] as? [[String: Any]])
            let bijstand = try #require(schemes.first { $0["code"] as? String == "bijstand" })
            #expect(bijstand["bedragPerMaand"] as? Double == 1419.46)
            #expect((bijstand["trace"] as? [Any])?.isEmpty == false)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "berekening-maken").count() == 1)
        }
    }

    @Test("Every invalid field is named, and a peildatum outside the supported range is refused")
    func invalid() async throws {
        try await withPlein { app in
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let response = try await api.call(app, .POST, "/api/v1/berekeningen", token: token, json: """
                {"peildatum":"2026-07-01","personen":[{"rol":"baas","geboortedatum":"gisteren"}],"vermogen":"veel"}
                """)
            #expect(response.status == .badRequest)
            let names = Set(((try api.problem(response)["invalidParams"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
            #expect(names.isSuperset(of: ["personen[0].rol", "personen[0].geboortedatum", "vermogen"]))
            let outOfRange = try await api.call(app, .POST, "/api/v1/berekeningen", token: token, json: """
                {"peildatum":"2031-01-01","personen":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}]}
                """)
            #expect(outOfRange.status == .badRequest)
            #expect(outOfRange.body.string.contains("peildatum"))
        }
    }

    @Test("Calculations need an API client")
    func needsToken() async throws {
        try await withPlein { app in
            let response = try await api.call(app, .POST, "/api/v1/berekeningen", token: nil, json: #"{"peildatum":"2026-07-01","personen":[]}"#)
            #expect(response.status == .unauthorized)
        }
    }
}
