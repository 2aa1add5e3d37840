@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

@Suite("One household, one plan, one regisseur")
struct PlanTests {
    let api = APITests()
    static let jeroen = "jeroen@wijkzorgwest.nl"

    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    /// Ruben (regisseur, municipality) makes Anna's plan with a goal and actions for Wijkzorg
    /// West, for himself and for Anna; returns the plan's id and the browser.
    func makeAnnasPlan(_ app: Application) async throws -> (UUID, Browser) {
        let ruben = Browser(app)
        try await ruben.login(TestFixtures.ruben)
        try await ruben.get("/plannen")
        let anna = try await app.resident(named: "Anna")
        #expect(try await ruben.post("/plannen", form: ["bsn": anna.bsn, "titel": "Rust in de financiën"]).status == .seeOther)
        let plan = try #require(try await Plan.query(on: app.db).first())
        let id = plan.id!.uuidString
        #expect(try await ruben.post("/plannen/\(id)/doelen", form: ["doel": "Vaste lasten op tijd betalen"]).status == .seeOther)
        let goal = try #require(try await PlanGoal.query(on: app.db).first()).id!.uuidString
        let wijkzorg = try await Organisation.query(on: app.db).filter(\.$name == "Wijkzorg West").first()!.id!.uuidString
        let rubenID = try await User.query(on: app.db).filter(\.$username == TestFixtures.ruben).first()!.id!.uuidString
        for (text, assignee) in [("Budgetcoaching starten", "organisatie:\(wijkzorg)"), ("Bijzondere bijstand beoordelen", "professional:\(rubenID)"),
                                 ("Post elke week openmaken", "inwoner")] {
            #expect(try await ruben.post("/plannen/\(id)/acties", form: ["actie": text, "doelId": goal, "uitvoerder": assignee,
                                                                         "deadline": CivilDate.today.adding(days: 14).dutchNotation]).status == .seeOther)
        }
        return (plan.id!, ruben)
    }

    @Test("The regisseur writes the plan; the resident sees it whole, proposes an action, marks her own done and comments")
    func coWriting() async throws {
        try await withPlein { app in
            let (id, ruben) = try await makeAnnasPlan(app)
            let page = try await ruben.get("/plannen/\(id.uuidString)").body.string
            #expect(page.contains("Budgetcoaching starten") && page.contains("Wijkzorg West") && page.contains("Ruben Bakker"))
            let anna = Browser(app)
            try await anna.login(TestFixtures.anna)
            let overview = try await anna.get("/mijn-plein").body.string
            #expect(overview.contains("Rust in de financiën") && overview.contains("Post elke week openmaken"))
            let plan = try await anna.get("/plannen/\(id.uuidString)").body.string
            #expect(plan.contains("Budgetcoaching starten") && plan.contains("Zelf een actie voorstellen"))
            #expect(try await anna.post("/plannen/\(id.uuidString)/acties", form: ["actie": "Hulp vragen bij de formulieren", "doelId": ""]).status == .seeOther)
            let proposal = try #require(try await PlanAction.query(on: app.db).filter(\.$status == .voorgesteld).first())
            #expect(proposal.assigneeKind == .inwoner)
            let own = try #require(try await PlanAction.query(on: app.db).filter(\.$text == "Post elke week openmaken").first())
            #expect(try await anna.post("/plannen/\(id.uuidString)/acties/\(own.id!.uuidString)/status", form: ["status": "klaar"]).status == .seeOther)
            #expect(try await PlanAction.find(own.id, on: app.db)?.status == .klaar)
            // She cannot take her own proposal into the plan, nor move someone else's action.
            let coaching = try #require(try await PlanAction.query(on: app.db).filter(\.$text == "Budgetcoaching starten").first())
            #expect(try await anna.post("/plannen/\(id.uuidString)/acties/\(proposal.id!.uuidString)/status", form: ["status": "open"]).status == .forbidden)
            #expect(try await anna.post("/plannen/\(id.uuidString)/acties/\(coaching.id!.uuidString)/status", form: ["status": "klaar"]).status == .forbidden)
            #expect(try await anna.post("/plannen/\(id.uuidString)/reacties", form: ["reactie": "Dinsdag kan ik niet."]).status == .seeOther)
            // The regisseur takes the proposal in and sees the comment.
            #expect(try await ruben.post("/plannen/\(id.uuidString)/acties/\(proposal.id!.uuidString)/status", form: ["status": "open"]).status == .seeOther)
            #expect(try await PlanAction.find(proposal.id, on: app.db)?.status == .open)
            #expect(try await ruben.get("/plannen/\(id.uuidString)").body.string.contains("Dinsdag kan ik niet."))
            // Bad input keeps what was typed.
            let bad = try await ruben.post("/plannen/\(id.uuidString)/acties", form: ["actie": "x", "uitvoerder": "organisatie:\(UUID())", "deadline": "1-1-2000"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Beschrijf de actie") && bad.body.string.contains("Kies wie de actie uitvoert") && bad.body.string.contains("Vul een datum vanaf vandaag"))
        }
    }

    @Test("Another organisation sees only its own actions until the resident consents to share the plan; others see nothing")
    func otherOrganisations() async throws {
        try await withPlein { app in
            let (id, _) = try await makeAnnasPlan(app)
            let jeroen = Browser(app)
            try await jeroen.login(Self.jeroen)
            #expect(try await jeroen.get("/plannen").body.string.contains("Rust in de financiën"))
            let limited = try await jeroen.get("/plannen/\(id.uuidString)").body.string
            #expect(limited.contains("Budgetcoaching starten"))
            #expect(!limited.contains("Bijzondere bijstand beoordelen") && !limited.contains("Post elke week openmaken"))
            #expect(limited.contains("geen toestemming gegeven"))
            let coaching = try #require(try await PlanAction.query(on: app.db).filter(\.$text == "Budgetcoaching starten").first())
            let other = try #require(try await PlanAction.query(on: app.db).filter(\.$text == "Bijzondere bijstand beoordelen").first())
            #expect(try await jeroen.post("/plannen/\(id.uuidString)/acties/\(coaching.id!.uuidString)/status", form: ["status": "bezig"]).status == .seeOther)
            #expect(try await PlanAction.find(coaching.id, on: app.db)?.status == .bezig)
            #expect(try await jeroen.post("/plannen/\(id.uuidString)/acties/\(other.id!.uuidString)/status", form: ["status": "klaar"]).status == .notFound)
            #expect(try await jeroen.post("/plannen/\(id.uuidString)/acties", form: ["actie": "Iets anders doen", "uitvoerder": "inwoner"]).status == .forbidden)
            #expect(try await jeroen.post("/plannen/\(id.uuidString)/doelen", form: ["doel": "Een eigen doel"]).status == .forbidden)
            // Anna shares her whole plan with Wijkzorg West, then withdraws it.
            let anna = Browser(app)
            try await anna.login(TestFixtures.anna)
            try await anna.get("/toestemmingen")
            let wijkzorg = try await Organisation.query(on: app.db).filter(\.$name == "Wijkzorg West").first()!.id!.uuidString
            #expect(try await anna.post("/toestemmingen/\(wijkzorg)", form: ["plan": "ja"]).status == .seeOther)
            let whole = try await jeroen.get("/plannen/\(id.uuidString)").body.string
            #expect(whole.contains("Bijzondere bijstand beoordelen") && !whole.contains("geen toestemming gegeven"))
            #expect(try await anna.post("/toestemmingen/\(wijkzorg)", form: [:]).status == .seeOther)
            #expect(!(try await jeroen.get("/plannen/\(id.uuidString)").body.string.contains("Bijzondere bijstand beoordelen")))
            // An organisation without an action in the plan sees nothing of it.
            let fatima = Browser(app)
            try await fatima.login(TestFixtures.fatima)
            #expect(try await fatima.get("/plannen/\(id.uuidString)").status == .notFound)
            #expect(!(try await fatima.get("/plannen").body.string.contains("Rust in de financiën")))
            // Another resident neither.
            let lisa = Browser(app)
            try await lisa.login(TestFixtures.lisa)
            #expect(try await lisa.get("/plannen/\(id.uuidString)").status == .notFound)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "plan-inzien").filter(\.$outcome == .geweigerd).count() >= 2)
        }
    }

    @Test("One plan per resident: a second one is refused with whom to call; only professionals make plans; the API reads and updates")
    func onePlanAndAPI() async throws {
        try await withPlein { app in
            let (id, _) = try await makeAnnasPlan(app)
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            try await petra.get("/plannen")
            let anna = try await app.resident(named: "Anna")
            let second = try await petra.post("/plannen", form: ["bsn": anna.bsn, "titel": "Nog een plan"])
            #expect(second.status == .unprocessableEntity)
            #expect(second.body.string.contains("heeft al een plan") && second.body.string.contains("Ruben Bakker"))
            let resident = Browser(app)
            try await resident.login(TestFixtures.anna)
            try await resident.get("/mijn-plein")
            #expect(try await resident.get("/plannen").status == .forbidden)
            #expect(try await resident.post("/plannen", form: ["bsn": anna.bsn, "titel": "Mijn eigen plan"]).status == .forbidden)
            // Wijkzorg West's system reads its part and moves its action on.
            let token = try await api.makeToken(for: "Wijkzorg West", app)
            let list = try json(try await api.call(app, .GET, "/api/v1/plannen", token: token))
            #expect((list["plannen"] as? [Any])?.count == 1)
            let plan = try json(try await api.call(app, .GET, "/api/v1/plannen/\(id.uuidString)", token: token))
            #expect(plan["volledig"] as? Bool == false)
            let actions = try #require(plan["acties"] as? [[String: Any]])
            #expect(actions.count == 1)
            let actionID = try #require(actions.first?["id"] as? String)
            let updated = try await api.call(app, .PATCH, "/api/v1/plannen/\(id.uuidString)/acties/\(actionID)", token: token, json: #"{"status": "klaar"}"#)
            #expect(updated.status == .ok)
            #expect(try await api.call(app, .POST, "/api/v1/plannen/\(id.uuidString)/acties", token: token,
                                       json: #"{"omschrijving": "Zelf iets toevoegen", "uitvoerderSoort": "inwoner"}"#).status == .forbidden)
            // The municipality's system adds an action, with field errors named as the API names them.
            let own = try await api.makeToken(for: "Gemeente Voorbeeld", app)
            let bad = try await api.call(app, .POST, "/api/v1/plannen/\(id.uuidString)/acties", token: own,
                                         json: #"{"omschrijving": "", "uitvoerderSoort": "organisatie", "uitvoerderId": "00000000-0000-0000-0000-000000000000"}"#)
            let names = (try api.problem(bad)["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
            #expect(Set(names) == ["omschrijving", "uitvoerderId"])
            #expect(try await api.call(app, .POST, "/api/v1/plannen/\(id.uuidString)/acties", token: own,
                                       json: #"{"omschrijving": "Schuldhulp aanmelden", "uitvoerderSoort": "inwoner"}"#).status == .created)
            // Consents given to the organisation, through the API.
            let consents = try json(try await api.call(app, .GET, "/api/v1/toestemmingen", token: token))
            #expect((consents["toestemmingen"] as? [Any])?.isEmpty == true)
            #expect(try await api.call(app, .GET, "/api/v1/toestemmingen?bsn=123", token: token).status == .badRequest)
        }
    }

    @Test("A household has one plan: its partner sees it, another adult in the house does not, and cannot get a second one")
    func household() async throws {
        try await withPlein { app in
            let henk = try await app.resident(named: "Henk")
            let tim = try await app.resident(named: "Tim")
            try await User(organisationID: tim.organisationID, role: .inwoner, displayName: "Tim de Wit", username: "tim@voorbeeld.nl",
                           passwordHash: TestFixtures.demoPasswordHash, bsn: tim.bsn).create(on: app.db)
            let ruben = Browser(app)
            try await ruben.login(TestFixtures.ruben)
            try await ruben.get("/plannen")
            #expect(try await ruben.post("/plannen", form: ["bsn": henk.bsn, "titel": "Thuis blijven wonen"]).status == .seeOther)
            let plan = try #require(try await Plan.query(on: app.db).first())
            let second = try await ruben.post("/plannen", form: ["bsn": tim.bsn, "titel": "Een eigen plan"])
            #expect(second.status == .unprocessableEntity && second.body.string.contains("Dit huishouden heeft al een plan"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "plan-bestaat-al").count() == 1)
            let son = Browser(app)
            try await son.login("tim@voorbeeld.nl")
            #expect(try await son.get("/plannen/\(plan.id!.uuidString)").status == .notFound)
            #expect(!(try await son.get("/mijn-plein").body.string.contains("Thuis blijven wonen")))
        }
    }

    @Test("The regisseur's organisation hands the plan to another professional; the resident sees the new contact; nobody else can")
    func handOver() async throws {
        try await withPlein { app in
            let (id, ruben) = try await makeAnnasPlan(app)
            let petraID = try await User.query(on: app.db).filter(\.$username == TestFixtures.petra).first()!.id!.uuidString
            let fatimaID = try await User.query(on: app.db).filter(\.$username == TestFixtures.fatima).first()!.id!.uuidString
            let wrong = try await ruben.post("/plannen/\(id.uuidString)/regisseur", form: ["regisseur": fatimaID])
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("Kies een professional van uw organisatie"))
            let jeroen = Browser(app)
            try await jeroen.login(Self.jeroen)
            try await jeroen.get("/plannen")
            #expect(try await jeroen.post("/plannen/\(id.uuidString)/regisseur", form: ["regisseur": petraID]).status == .forbidden)
            #expect(try await ruben.post("/plannen/\(id.uuidString)/regisseur", form: ["regisseur": petraID]).status == .seeOther)
            #expect(try await Plan.find(id, on: app.db)?.regisseurName == "Petra de Vries")
            let anna = Browser(app)
            try await anna.login(TestFixtures.anna)
            let overview = try await anna.get("/mijn-plein").body.string
            #expect(overview.contains("Uw vaste contactpersoon: Petra de Vries"))
            #expect(try await anna.post("/plannen/\(id.uuidString)/regisseur", form: ["regisseur": petraID]).status == .forbidden)
        }
    }
}
