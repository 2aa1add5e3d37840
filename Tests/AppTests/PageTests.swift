@testable import App
import Fluent
import Foundation
import Testing
import VaporTesting

@Suite("Pages")
struct PageTests {
    @Test("The home page is Dutch, has a skip link, a main landmark and the security headers")
    func homePage() async throws {
        try await withPlein { app in
            let response = try await Browser(app).get("/")
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains(#"<html lang="nl">"#))
            #expect(html.contains(##"<a class="skip-link" href="#inhoud">Naar de inhoud</a>"##))
            #expect(html.contains(#"<main id="inhoud""#))
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "Strict-Transport-Security") == nil)
        }
    }

    @Test("English can be chosen and is remembered")
    func english() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            let switched = try await browser.get("/taal/en?terug=/inloggen")
            #expect(switched.headers.first(name: .location) == "/inloggen")
            let page = try await browser.get("/inloggen")
            #expect(page.body.string.contains(#"<html lang="en">"#))
            #expect(page.body.string.contains("Log in with your username and password."))
        }
    }

    @Test("The language switch never redirects to another site")
    func noOpenRedirect() async throws {
        try await withPlein { app in
            // A tab or line break is dropped by browsers ("/\t/evil.example" is "//evil.example"),
            // and a CR LF wrote a header of the attacker's choice (a cookie) into the answer.
            for target in ["//evil.example", "https://evil.example", "/\\evil.example", "/\t/evil.example", "/x\r\nSet-Cookie: plein_csrf=bekend"] {
                let response = try await Browser(app).get("/taal/en?terug=\(target.urlEncoded)")
                #expect(response.headers.first(name: .location) == "/", "\(target)")
                #expect(!response.headers[.setCookie].contains { $0.contains("bekend") })
            }
        }
    }

    @Test("A form too large for the server says so in words for a text form, and in Dutch for the API")
    func tooLarge() async throws {
        try await withPlein { app in
            // The in-memory transport hands over any body, so the refusal a real server gives
            // (1 MB for a form, see CSRFMiddleware) is thrown by a route of the test's own.
            app.post("test-te-groot") { _ -> String in throw Abort(.payloadTooLarge) }
            app.post("api", "v1", "test-te-groot") { _ -> String in throw Abort(.payloadTooLarge) }
            let text = try await Browser(app).post("/test-te-groot", form: ["inlognaam": "x"])
            #expect(text.status == .payloadTooLarge)
            #expect(text.body.string.contains("Wat u stuurde is te lang"))
            #expect(!text.body.string.contains("kies een kleiner bestand"))
            let upload = try await Browser(app).postMultipart("/test-te-groot", form: [:], file: ("bestand", "a.pdf", Data("%PDF".utf8)))
            #expect(upload.body.string.contains("kies een kleiner bestand"))
            let api = try await Browser(app).send(.POST, "/api/v1/test-te-groot", body: "{}", contentType: "application/json")
            #expect(api.body.string.contains("De invoer is te groot"))
        }
    }

    @Test("Unknown pages and trailing slashes give the 404 page in the layout")
    func notFound() async throws {
        try await withPlein { app in
            for path in ["/bestaat-niet", "/inloggen/"] {
                let response = try await Browser(app).get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.body.string.contains("Pagina niet gevonden"))
                #expect(response.body.string.contains("skip-link"))
            }
        }
    }

    @Test("Registering with bad input names each field, keeps what was typed and writes nothing")
    func registerBadInput() async throws {
        try await withPlein { app in
            let before = try await Resident.query(on: app.db).count()
            let auditBefore = try await AuditEntry.query(on: app.db).count()
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            try await browser.get("/inwoners/nieuw")
            let response = try await browser.post("/inwoners/nieuw", form: [
                "bsn": "123456789", "voornamen": "Kees", "achternaam": "", "geboortedatum": "31-02-1990",
                "postcode": "1234 SS", "huisnummer": "4", "woonplaats": "Voorbeeld", "email": "kees-at-voorbeeld",
                "iban": "NL91ABNA0417164301",
            ])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Er is een probleem"))
            #expect(html.contains("11-proef"))
            #expect(html.contains("Vul de achternaam in."))
            #expect(html.contains("jaar-maand-dag"))
            #expect(html.contains("SA, SD of SS"))
            #expect(html.contains("naam@voorbeeld.nl"))
            #expect(html.contains("Dit IBAN klopt niet"))
            #expect(html.contains(#"value="Kees""#))
            #expect(html.contains(#"value="123456789""#))
            #expect(html.contains(#"aria-invalid="true""#))
            #expect(try await Resident.query(on: app.db).count() == before)
            // Only the login itself was audited: the failed registration wrote nothing.
            #expect(try await AuditEntry.query(on: app.db).count() == auditBefore + 1)
        }
    }

    @Test("Registering a valid resident stores it at the own organisation, with audit")
    func registerValid() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            try await browser.get("/inwoners/nieuw")
            let response = try await browser.post("/inwoners/nieuw", form: [
                "bsn": "1112.22.333", "voornamen": "Kees", "achternaam": "Klaassen", "geboortedatum": "1990-02-28",
                "postcode": "1011 ab", "huisnummer": "4", "woonplaats": "Voorbeeld", "email": "", "iban": "nl91 abna 0417 1643 00",
            ])
            #expect(response.status == .seeOther)
            let kees = try #require(try await Resident.query(on: app.db).filter(\.$familyName == "Klaassen").first())
            #expect(kees.bsn == "111222333")
            #expect(kees.postcode == "1011AB")
            #expect(kees.iban == "NL91ABNA0417164300")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "inwoner-registreren").count() == 1)
            let again = try await browser.post("/inwoners/nieuw", form: [
                "bsn": "111222333", "voornamen": "Kees", "achternaam": "Klaassen", "geboortedatum": "1990-02-28",
                "postcode": "1011AB", "huisnummer": "4", "woonplaats": "Voorbeeld",
            ])
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("al een inwoner met dit BSN"))
        }
    }

    @Test("Search finds by BSN and by the start of the family name")
    func search() async throws {
        try await withPlein { app in
            let lisa = try await app.resident(named: "Lisa")
            let browser = Browser(app)
            try await browser.login(TestFixtures.petra)
            let byBSN = try await browser.get("/inwoners?zoek=\(lisa.bsn)")
            #expect(byBSN.body.string.contains("1 inwoners gevonden"))
            let byName = try await browser.get("/inwoners?zoek=yil")
            #expect(byName.body.string.contains("4 inwoners gevonden"))
        }
    }

    @Test("The API admin page shows a new token once, and stores only its digest")
    func apiClientCreation() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.bram)
            try await browser.get("/beheer")
            let empty = try await browser.post("/beheer/koppelingen", form: ["naam": "  "])
            #expect(empty.status == .unprocessableEntity)
            let response = try await browser.post("/beheer/koppelingen", form: ["naam": "Zaaksysteem"])
            #expect(response.status == .created)
            let token = try #require(response.body.string.firstMatch(of: /plein_[A-Za-z0-9_-]{43}/)).output
            let client = try #require(try await APIClient.query(on: app.db).first())
            #expect(client.tokenHash == TokenDigest.digest(String(token)))
            #expect(!client.tokenHash.contains(String(token)))
        }
    }
}
