@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

@Suite("Check je rechten and Werken loont")
struct RightsCheckTests {
    /// Answers every question for a single parent of two, renting, without income.
    func answerAll(_ browser: Browser) async throws {
        try await browser.get("/check-je-rechten")
        let steps: [(String, [String: String])] = [
            ("samenwonen", ["samenwonen": "nee"]),
            ("geboortedatum", ["geboortedatum-dag": "12", "geboortedatum-maand": "4", "geboortedatum-jaar": "1988"]),
            ("kinderen", ["kinderen": "2"]),
            ("kinderen-geboortedata", ["kind1-dag": "3", "kind1-maand": "9", "kind1-jaar": "2015",
                                       "kind2-dag": "20", "kind2-maand": "1", "kind2-jaar": "2019"]),
            ("huisgenoten", ["huisgenoten": "0"]),
            ("woning", ["woning": "huur"]),
            ("huur", ["kaleHuur": "750", "servicekosten": "40"]),
            ("inkomen", ["nettoPerMaand": "0", "brutoPerJaar": "0"]),
            ("vermogen", ["vermogen": "1200"]),
        ]
        for (index, (slug, form)) in steps.enumerated() {
            let response = try await browser.post("/check-je-rechten/\(slug)", form: form)
            #expect(response.status == .seeOther, "\(slug)")
            let expected = index + 1 < steps.count ? "/check-je-rechten/\(steps[index + 1].0)" : "/check-je-rechten/uitkomst"
            #expect(response.headers.first(name: .location) == expected, "\(slug)")
        }
    }

    @Test("A guest answers one question per page and gets a result per scheme with its legal basis")
    func wholeJourney() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await answerAll(browser)
            let result = try await browser.get("/check-je-rechten/uitkomst")
            #expect(result.status == .ok)
            #expect(result.headers.first(name: .cacheControl) == "no-store")
            let html = result.body.string
            #expect(html.contains("Bijstand (Participatiewet)"))
            #expect(html.contains("Zorgtoeslag"))
            #expect(html.contains("Kindgebonden budget"))
            #expect(html.contains("Hoe is dit berekend?"))
            #expect(html.contains("Participatiewet art. 21"))
            #expect(html.contains("jci1.3:c:BWBR0015703") || html.contains("BWBR0015703"))
            #expect(html.contains("/check-je-rechten/werken-loont"))
            // Nothing about the visitor was stored on the server.
            #expect(try await AuditEntry.query(on: app.db).count() == 0)
            #expect(try await ProcessingEntry.query(on: app.db).count() == 0)
        }
    }

    @Test("Answers live only in an encrypted cookie: a tampered cookie is an empty start")
    func cookieIsSealed() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await answerAll(browser)
            let sealed = try #require(browser.cookies[AnswerCookie.name])
            #expect(!sealed.contains("1988"))
            var tampered = Array(sealed)
            tampered[tampered.count / 2] = tampered[tampered.count / 2] == "A" ? "B" : "A"
            browser.cookies[AnswerCookie.name] = String(tampered)
            let result = try await browser.get("/check-je-rechten/uitkomst")
            #expect(result.headers.first(name: .location) == "/check-je-rechten/samenwonen")
        }
    }

    @Test("A wrong answer shows the error summary and keeps what was typed")
    func badAnswer() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.get("/check-je-rechten")
            let noChoice = try await browser.post("/check-je-rechten/samenwonen", form: [:])
            #expect(noChoice.status == .unprocessableEntity)
            #expect(noChoice.body.string.contains("Kies een van de antwoorden."))
            let badDate = try await browser.post("/check-je-rechten/geboortedatum",
                                                 form: ["geboortedatum-dag": "31", "geboortedatum-maand": "2", "geboortedatum-jaar": "1990"])
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.body.string.contains("Deze datum bestaat niet"))
            #expect(badDate.body.string.contains(#"value="31""#))
            #expect(badDate.body.string.contains("<title>Fout: "))
            let badMoney = try await browser.post("/check-je-rechten/vermogen", form: ["vermogen": "veel"])
            #expect(badMoney.body.string.contains("Vul een bedrag in euro in"))
        }
    }

    @Test("Questions that do not apply are skipped, and earlier answers decide what comes next")
    func branching() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.get("/check-je-rechten")
            let partner = try await browser.post("/check-je-rechten/samenwonen", form: ["samenwonen": "ja"])
            #expect(partner.headers.first(name: .location) == "/check-je-rechten/geboortedatum")
            try await browser.post("/check-je-rechten/geboortedatum", form: ["geboortedatum-dag": "1", "geboortedatum-maand": "1", "geboortedatum-jaar": "1980"])
            #expect(try await browser.get("/check-je-rechten/partner").status == .ok)
            try await browser.post("/check-je-rechten/samenwonen", form: ["samenwonen": "nee"])
            let skipped = try await browser.get("/check-je-rechten/partner")
            #expect(skipped.status == .seeOther)
            #expect(try await browser.get("/check-je-rechten/bestaat-niet").status == .notFound)
        }
    }

    @Test("A logged-in resident starts with what the municipality knows, and that use is logged")
    func prefilledForResident() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.anna)
            let start = try await browser.get("/check-je-rechten")
            #expect(start.body.string.contains("alvast ingevuld"))
            let birthDate = try await browser.get("/check-je-rechten/geboortedatum")
            #expect(birthDate.body.string.contains(#"value="1988""#))
            let children = try await browser.get("/check-je-rechten/kinderen")
            #expect(children.body.string.contains(#"value="2""#))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "rekenhulp-vooraf-invullen").count() == 1)
        }
    }

    @Test("Werken loont compares 12 months with and without the job, as table and chart")
    func workPays() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            #expect(try await browser.get("/check-je-rechten/werken-loont").headers.first(name: .location) == "/check-je-rechten")
            try await answerAll(browser)
            let empty = try await browser.post("/check-je-rechten/werken-loont", form: [:])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Vul het aantal uren en het netto uurloon in"))
            let response = try await browser.post("/check-je-rechten/werken-loont", form: ["urenPerWeek": "24", "nettoUurloon": "13,50"])
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains(#"role="img""#))
            #expect(html.contains("<title id=\"grafiek-titel\">"))
            #expect(html.components(separatedBy: "<tr>").count - 1 == 13)
            #expect(html.contains("In 12 maanden") || html.contains("in 12 maanden"))
        }
    }

    @Test("The scenario reader refuses nonsense and accepts hours or a monthly wage")
    func scenarioParsing() throws {
        #expect(throws: PleinError.self) { try WorkPaysController.scenario(["urenPerWeek": "80", "nettoUurloon": "12"]).get() }
        #expect(throws: PleinError.self) { try WorkPaysController.scenario(["nettoPerMaand": "-5"]).get() }
        #expect(try WorkPaysController.scenario(["nettoPerMaand": "1500,50"]).get().nettoPerMaand == Money(cents: 150_050))
        #expect(try WorkPaysController.scenario(["urenPerWeek": "32", "nettoUurloon": "15"]).get().nettoPerMaand == Money(cents: 15 * 32 * 52 * 100 / 12))
    }
}
