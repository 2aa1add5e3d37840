@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

@Suite("Check je rechten and Werken loont")
struct RightsCheckTests {
    /// Answers every question for a single parent of two, renting, without income. With
    /// `checkOrder`, each answer must lead to the next question in turn (not so when prefilled).
    func answerAll(_ browser: Browser, checkOrder: Bool = true) async throws {
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
            ("laag-inkomen", ["maandenLaagInkomen": "40"]),
            ("vermogen", ["vermogen": "1200"]),
        ]
        for (index, (slug, form)) in steps.enumerated() {
            let response = try await browser.post("/check-je-rechten/\(slug)", form: form)
            #expect(response.status == .seeOther, "\(slug)")
            guard checkOrder else { continue }
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
            #expect(html.contains("Individuele inkomenstoeslag"))
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

    @Test("An amount of 1000 or more is shown again in a notation the same question accepts unchanged")
    func amountShownAgain() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await answerAll(browser)
            let page = try await browser.get("/check-je-rechten/vermogen").body.string
            let shown = try #require(page.range(of: #"name="vermogen" value=""#).map { String(page[$0.upperBound...].prefix { $0 != "\"" }) })
            #expect(shown == "1.200,00")
            // The resident goes back and sends the question unchanged.
            let again = try await browser.post("/check-je-rechten/vermogen", form: ["vermogen": shown])
            #expect(again.status == .seeOther)
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
        // Hours × 52 × this wage overflowed Int64 and stopped the server.
        #expect(throws: PleinError.self) { try WorkPaysController.scenario(["urenPerWeek": "60", "nettoUurloon": "999999999999999"]).get() }
        // … and so did the chart's bar heights for this monthly wage.
        #expect(throws: PleinError.self) { try WorkPaysController.scenario(["nettoPerMaand": "999999999999999"]).get() }
    }
}

@Suite("Keeping a rights-check result and changing a password")
struct ResidentAccountTests {
    @Test("A resident keeps a result on Mijn gegevens; it is stored with their municipality and logged")
    func saveResult() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.anna)
            try await browser.get("/check-je-rechten")
            try await RightsCheckTests().answerAll(browser, checkOrder: false)
            let result = try await browser.get("/check-je-rechten/uitkomst")
            #expect(result.body.string.contains("Uitkomst bewaren bij Mijn gegevens"))
            let saved = try await browser.post("/check-je-rechten/bewaren", form: [:])
            #expect(saved.status == .seeOther)
            let stored = try #require(try await SavedCalculation.query(on: app.db).first())
            #expect(stored.bsn == (try await app.resident(named: "Anna")).bsn)
            #expect(stored.outcomes.contains { $0.code == "bijstand" && $0.recht == "ja" })
            let page = try await browser.get("/mijn-gegevens?bewaard=1")
            #expect(page.body.string.contains("Uw uitkomst is bewaard."))
            #expect(page.body.string.contains("Bijstand (Participatiewet)"))
            // Another resident does not see it.
            let lisa = Browser(app)
            try await lisa.login(TestFixtures.lisa)
            #expect(!(try await lisa.get("/mijn-gegevens")).body.string.contains("Bijstand (Participatiewet)"))
        }
    }

    @Test("Only residents keep results")
    func onlyResidents() async throws {
        try await withPlein { app in
            let guest = Browser(app)
            try await RightsCheckTests().answerAll(guest)
            #expect(!(try await guest.get("/check-je-rechten/uitkomst")).body.string.contains("Uitkomst bewaren"))
            #expect(try await guest.post("/check-je-rechten/bewaren", form: [:]).headers.first(name: .location) == "/inloggen")
            let professional = Browser(app)
            try await professional.login(TestFixtures.petra)
            try await RightsCheckTests().answerAll(professional, checkOrder: false)
            #expect(try await professional.post("/check-je-rechten/bewaren", form: [:]).status == .forbidden)
            #expect(try await SavedCalculation.query(on: app.db).count() == 0)
        }
    }

    @Test("Changing a password checks the current one and the policy, and ends other sessions")
    func changePassword() async throws {
        try await withPlein { app in
            let other = Browser(app)
            try await other.login(TestFixtures.ruben)
            let browser = Browser(app)
            try await browser.login(TestFixtures.ruben)
            try await browser.get("/wachtwoord")
            let bad = try await browser.post("/wachtwoord", form: [
                "huidigWachtwoord": "fout", "nieuwWachtwoord": "welkom01", "herhaalWachtwoord": "iets anders"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Uw huidige wachtwoord klopt niet."))
            #expect(bad.body.string.contains("te makkelijk te raden"))
            #expect(bad.body.string.contains("niet hetzelfde"))
            let good = try await browser.post("/wachtwoord", form: [
                "huidigWachtwoord": DemoSeeder.password, "nieuwWachtwoord": "paarse olifanten dansen",
                "herhaalWachtwoord": "paarse olifanten dansen"])
            #expect(good.status == .ok)
            #expect(good.body.string.contains("Uw wachtwoord is gewijzigd"))
            #expect(try await browser.get("/inwoners").status == .ok, "this session stays")
            #expect(try await other.get("/inwoners").status == .seeOther, "the other session has ended")
            #expect(try await Browser(app).login(TestFixtures.ruben, password: "paarse olifanten dansen").status == .seeOther)
            // Hashes Plein makes use the configured cost (at least 12), whatever the test fixtures use.
            let hash = try #require(try await User.query(on: app.db).filter(\.$username == TestFixtures.ruben).first()?.passwordHash)
            #expect(hash.hasPrefix("$2b$12$") || hash.hasPrefix("$2y$12$") || hash.hasPrefix("$2a$12$"))
        }
    }

    @Test("Guests cannot reach the password page")
    func passwordNeedsLogin() async throws {
        try await withPlein { app in
            let response = try await Browser(app).get("/wachtwoord")
            #expect(response.headers.first(name: .location) == "/inloggen")
        }
    }
}
