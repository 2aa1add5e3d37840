@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

/// Input a form cannot send, or sends incomplete, gets an error naming the field — never a
/// silent default (an amount of € 0, an unfiltered list, an unstated limit).
@Suite("Bad input gets a specific error, never a silent default")
struct BadInputTests {
    /// Posts a raw URL-encoded body, as a tampered or doubled form would arrive.
    func postRaw(_ browser: Browser, _ path: String, _ body: String) async throws -> TestingHTTPResponse {
        if browser.csrf.isEmpty { try await browser.get("/inloggen") }
        return try await browser.send(.POST, path, body: body + "&_csrf=\(browser.csrf)",
                                      contentType: "application/x-www-form-urlencoded")
    }

    @Test("Check je rechten: a field sent twice, or in a shape no form has, is an error for that field, not the last value or € 0")
    func rightsCheckRepeatedField() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await RightsCheckTests().answerAll(browser)
            for body in ["kaleHuur=1&kaleHuur=2000&servicekosten=0", "kaleHuur%5Bx%5D=650&servicekosten=0"] {
                let response = try await postRaw(browser, "/check-je-rechten/huur", body)
                #expect(response.status == .unprocessableEntity, "\(body)")
                #expect(response.body.string.contains("Dit veld is niet goed meegestuurd"), "\(body)")
                #expect(response.body.string.contains(##"href="#veld-kaleHuur""##), "\(body)")
            }
            // The answer given before stays; nothing was changed to one of the values.
            let page = try await browser.get("/check-je-rechten/huur").body.string
            #expect(page.contains(#"name="kaleHuur" value="750,00""#))
            // Werken loont reads its form the same way.
            let work = try await postRaw(browser, "/check-je-rechten/werken-loont", "nettoPerMaand=1500&nettoPerMaand=3000")
            #expect(work.status == .unprocessableEntity)
            #expect(work.body.string.contains("Dit veld is niet goed meegestuurd"))
        }
    }

    @Test("An empty amount is 'vul een bedrag in', not € 0, and what was typed stays")
    func emptyAmount() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await RightsCheckTests().answerAll(browser)
            let response = try await browser.post("/check-je-rechten/huur", form: ["kaleHuur": "", "servicekosten": "40"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Vul een bedrag in. Is het niets, vul dan 0 in."))
            #expect(response.body.string.contains(#"name="servicekosten" value="40""#))
            // 0 typed in is an answer.
            #expect(try await browser.post("/check-je-rechten/huur", form: ["kaleHuur": "0", "servicekosten": "0"]).status == .seeOther)
            // In English too.
            try await browser.get("/taal/en?terug=/")
            let english = try await browser.post("/check-je-rechten/vermogen", form: [:])
            #expect(english.body.string.contains("Enter an amount. If it is nothing, enter 0."))
        }
    }

    @Test("The bijstand application: a doubled or empty amount is refused and nothing is saved on the case")
    func applicationRepeatedField() async throws {
        try await withPlein { app in
            let lisa = Browser(app)
            try await lisa.login(TestFixtures.lisa)
            try await lisa.get("/aanvraag")
            #expect(try await lisa.post("/aanvraag", form: [:]).status == .seeOther)
            #expect(try await lisa.post("/aanvraag/vraag/woning", form: ["woning": "huur"]).status == .seeOther)
            let doubled = try await postRaw(lisa, "/aanvraag/vraag/huur", "kaleHuur=650&kaleHuur=6500&servicekosten=25")
            #expect(doubled.status == .unprocessableEntity)
            #expect(doubled.body.string.contains("Dit veld is niet goed meegestuurd"))
            let empty = try await lisa.post("/aanvraag/vraag/huur", form: ["kaleHuur": "650", "servicekosten": ""])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Vul een bedrag in"))
            let file = try #require(try await CaseFile.query(on: app.db).filter(\.$status == .concept).first())
            #expect(file.answers.value("kaleHuur") == nil)
            #expect(file.answers.value("servicekosten") == nil)
        }
    }

    @Test("The work queue names a filter value its form cannot send, keeps the other filters, and shows no list (400)")
    func workQueueFilters() async throws {
        try await withPlein { app in
            let id = try await applyAsLisa(Browser(app))
            let file = try #require(try await CaseFile.find(id, on: app.db))
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            let bad = try await petra.get("/werkvoorraad?zoek=de%20b&status=foo&urgentie=straks&mijn=misschien&pagina=abc")
            #expect(bad.status == .badRequest)
            let html = bad.body.string
            #expect(html.contains("<title>Fout: "))
            #expect(html.contains("Er is een probleem"))
            for (field, message) in [("status", "Status: kies een van deze waarden: zoekperiode, in_behandeling, besloten."),
                                     ("urgentie", "Voortgang: kies een van deze waarden: te-laat, binnenkort, beoordelen."),
                                     ("mijn", "Alleen mijn aanvragen: kies een van deze waarden: ja."),
                                     ("pagina", "Pagina: vul een geheel getal in.")] {
                #expect(html.contains(##"href="#veld-\##(field)""##), "\(field)")
                #expect(html.contains(message), "\(field)")
            }
            #expect(html.contains(#"value="de b""#), "the search stays")
            #expect(!html.contains(file.reference), "no unfiltered list")
            // A value given twice, a draft's status and a negative page are no filters either.
            for query in ["status=zoekperiode&status=besloten", "status=concept", "pagina=-1", "zoek=\(String(repeating: "a", count: 101))"] {
                #expect(try await petra.get("/werkvoorraad?\(query)").status == .badRequest, "\(query)")
            }
            // In English, naming the filter by its English label.
            try await petra.get("/taal/en?terug=/")
            #expect(try await petra.get("/werkvoorraad?urgentie=straks").body.string.contains("Progress: choose one of these values"))
            // What the form sends is still fine, "Alle" (empty) included, and a space as "+".
            let good = try await petra.get("/werkvoorraad?zoek=de+b&status=&urgentie=binnenkort&mijn=&pagina=1")
            #expect(good.status == .ok)
            #expect(good.body.string.contains(file.reference))
            #expect(good.body.string.contains(#"value="de b""#))
            // Someone who may not see the queue is refused before hearing about the filters.
            let lisa = Browser(app)
            try await lisa.login(TestFixtures.lisa)
            #expect(try await lisa.get("/werkvoorraad?status=foo").status == .forbidden)
        }
    }

    @Test("The residents list and the verwijsindex name a page or search their forms cannot send (400)")
    func otherListFilters() async throws {
        try await withPlein { app in
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            let residents = try await petra.get("/inwoners?zoek=Jans&pagina=twee")
            #expect(residents.status == .badRequest)
            #expect(residents.body.string.contains("Pagina: vul een geheel getal in."))
            #expect(residents.body.string.contains(#"value="Jans""#))
            #expect(!residents.body.string.contains("Jansen"), "no list")
            #expect(try await petra.get("/inwoners?zoek=\(String(repeating: "a", count: 101))").body.string.contains("Zoeken: hoogstens 100 tekens."))
            #expect(try await petra.get("/inwoners?zoek=Jans&pagina=2").status == .ok)
            let involvement = try await petra.get("/betrokkenheid?pagina=0")
            #expect(involvement.status == .badRequest)
            #expect(involvement.body.string.contains("Pagina: vul een getal in van ten minste 1."))
            // Refused before the errors for those who may not see these lists.
            let anna = Browser(app)
            try await anna.login(TestFixtures.anna)
            #expect(try await anna.get("/inwoners?pagina=twee").status == .forbidden)
            #expect(try await anna.get("/betrokkenheid?pagina=0").status == .forbidden)
        }
    }

    @Test("An income part above € 1.000.000 is refused saying the limit, in the form and in the API")
    func incomeLimit() async throws {
        try await withPlein { app in
            let anna = Browser(app)
            try await anna.login(TestFixtures.anna)
            try await anna.get("/mijn-plein/inkomen")
            let form = ["soort": "loon", "betaler": "Bakkerij Brood", "frequentie": "maand", "eersteBetaling": CivilDate.today.dutchNotation]
            let high = try await anna.post("/mijn-plein/inkomen", form: form.merging(["bedrag": "1.000.000,01"]) { $1 })
            #expect(high.status == .unprocessableEntity)
            #expect(high.body.string.contains("Het bedrag mag niet hoger zijn dan € 1.000.000,00 per keer."))
            #expect(high.body.string.contains(#"value="1.000.000,01""#))
            let zero = try await anna.post("/mijn-plein/inkomen", form: form.merging(["bedrag": "0"]) { $1 })
            #expect(zero.body.string.contains("Het bedrag moet hoger zijn dan € 0."))
            #expect(try await IncomePart.query(on: app.db).count() == 0)
            #expect(try await anna.post("/mijn-plein/inkomen", form: form.merging(["bedrag": "1.000.000,00"]) { $1 }).status == .seeOther)

            let api = APITests()
            let token = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let resident = try await app.resident(named: "Anna")
            let response = try await api.call(app, .POST, "/api/v1/inkomsten", token: token, json: """
                {"bsn": "\(resident.bsn)", "soort": "loon", "betaler": "Bakkerij Brood", "bedrag": 2000000,
                 "frequentie": "maand", "eersteBetaaldatum": "2026-01-24"}
                """)
            #expect(response.status == .badRequest)
            let invalid = try #require(try api.problem(response)["invalidParams"] as? [[String: Any]])
            #expect(invalid.count == 1)
            #expect(invalid.first?["name"] as? String == "bedrag")
            #expect((invalid.first?["reason"] as? String)?.contains("mag niet hoger zijn dan € 1.000.000,00") == true)
            #expect(try await IncomePart.query(on: app.db).count() == 1)
        }
    }
}
