@testable import App
import Fluent
import Foundation
import PleinDomain
import Synchronization
import Testing
import VaporTesting

/// The webhook transport's twin: records each request and answers with the scripted statuses.
final class RecordingTransport: WebhookTransport {
    struct Sent: Sendable { let url: String, body: String, headers: [String: String] }
    private let state = Mutex<(sent: [Sent], answers: [Int])>(([], []))

    init(answers: [Int]) { state.withLock { $0.answers = answers } }

    var sent: [Sent] { state.withLock { $0.sent } }

    func post(to url: String, body: String, headers: [(String, String)]) async -> Result<Int, WebhookTransportFailure> {
        state.withLock { state in
            state.sent.append(Sent(url: url, body: body, headers: Dictionary(headers, uniquingKeysWith: { first, _ in first })))
            return .success(state.answers.isEmpty ? 200 : state.answers.removeFirst())
        }
    }
}

@Suite("Reporting a move once, and webhooks")
struct MoveTests {
    let secrets = SecretBox(secret: "test-pseudonym-key", purpose: WebhookDispatcher.secretPurpose)

    /// Registers a webhook for an organisation through its administrator's page and returns the secret.
    func subscribe(_ app: Application, administrator: String, url: String) async throws -> String {
        let browser = Browser(app)
        try await browser.login(administrator)
        try await browser.get("/beheer/webhooks")
        let page = try await browser.post("/beheer/webhooks", form: ["url": url, "gebeurtenis": "verhuizing"])
        #expect(page.status == .ok)
        let html = page.body.string
        let start = try #require(html.range(of: "whsec_"))
        return String(html[start.lowerBound...].prefix { $0 != "<" })
    }

    func reportMove(_ app: Application, as user: String, form: [String: String]) async throws -> TestingHTTPResponse {
        let browser = Browser(app)
        try await browser.login(user)
        try await browser.get("/verhuizing")
        return try await browser.post("/verhuizing", form: form)
    }

    @Test("Anna reports a move: every record of her is updated, each organisation's system gets its own signed webhook")
    func report() async throws {
        try await withPlein { app in
            // Anna is known by her municipality and by Wijkzorg West (which has no administrator in
            // the demo, so its subscription is made directly).
            let secret = try await subscribe(app, administrator: TestFixtures.bram, url: "https://gemeente.example.nl/plein")
            let west = try await Organisation.query(on: app.db).filter(\.$name == "Wijkzorg West").first()!
            try await WebhookSubscription(organisationID: west.id!, url: "https://west.example.nl/hook",
                                          sealedSecret: try secrets.seal(Data("whsec_west".utf8)), event: "verhuizing").create(on: app.db)
            let moved = try await reportMove(app, as: TestFixtures.anna, form: [
                "postcode": "1015 cd", "huisnummer": "21b", "woonplaats": "Voorbeeld", "verhuisdatum": CivilDate.today.adding(days: 14).dutchNotation])
            #expect(moved.headers.first(name: .location) == "/verhuizing?gemeld=1")
            let records = try await Resident.query(on: app.db).filter(\.$givenNames == "Anna").all()
            #expect(records.count == 2)
            #expect(records.allSatisfy { $0.postcode == "1015CD" && $0.houseNumber == "21b" })
            let deliveries = try await WebhookDelivery.query(on: app.db).all()
            #expect(deliveries.count == 2)
            #expect(Set(deliveries.map(\.organisationID)) == Set(records.map(\.organisationID)))
            // Each body names that organisation's own record of Anna, and nothing but the new address.
            for delivery in deliveries {
                let record = try #require(records.first { $0.organisationID == delivery.organisationID })
                #expect(delivery.body.contains(record.id!.uuidString))
                #expect(!delivery.body.contains("Jansen"))
            }

            let transport = RecordingTransport(answers: [500, 200, 200])
            let dispatcher = WebhookDispatcher(database: app.db, transport: transport, secrets: secrets)
            let now = Date()
            let first = try await dispatcher.deliverDue(now: now)
            #expect(first.delivered == 1)
            #expect(transport.sent.count == 2)
            let toMunicipality = try #require(transport.sent.first { $0.url == "https://gemeente.example.nl/plein" })
            #expect(WebhookSignature.verify(toMunicipality.headers["Plein-Signature"]!, body: toMunicipality.body, secret: secret))
            #expect(!WebhookSignature.verify(toMunicipality.headers["Plein-Signature"]!, body: toMunicipality.body + " ", secret: secret))
            #expect(toMunicipality.headers["Plein-Event"] == "verhuizing")
            let waiting = try #require(try await WebhookDelivery.query(on: app.db).filter(\.$status == .wachtend).first())
            #expect(waiting.attempts == 1)
            #expect(waiting.lastResult == "HTTP 500")
            #expect(abs(waiting.nextAttemptAt.timeIntervalSince(now) - 60) < 1)
            // Not due yet: nothing is sent; after the pause it is delivered.
            #expect(try await dispatcher.deliverDue(now: now.addingTimeInterval(30)).delivered == 0)
            #expect(try await dispatcher.deliverDue(now: now.addingTimeInterval(61)).delivered == 1)
            #expect(try await WebhookDelivery.query(on: app.db).filter(\.$status == .geleverd).count() == 2)
            // The processing log has an entry under each organisation.
            #expect(Set(try await ProcessingEntry.query(on: app.db).filter(\.$activity == "verhuizing-doorgeven").all().map(\.organisationID))
                    == Set(records.map(\.organisationID)))
            let page = try await Browser(app).get("/verhuizing")
            #expect(page.status == .seeOther)
        }
    }

    @Test("A receiver that keeps failing is given up after the last attempt and can be retried by the administrator")
    func givesUp() async throws {
        try await withPlein { app in
            _ = try await subscribe(app, administrator: TestFixtures.bram, url: "https://gemeente.example.nl/plein")
            _ = try await reportMove(app, as: TestFixtures.anna, form: ["postcode": "1015CD", "huisnummer": "3", "woonplaats": "Voorbeeld",
                                                                       "verhuisdatum": CivilDate.today.description])
            let dispatcher = WebhookDispatcher(database: app.db, transport: RecordingTransport(answers: Array(repeating: 503, count: 20)), secrets: secrets)
            var now = Date()
            for _ in 0..<WebhookDispatcher.maxAttempts {
                try await dispatcher.deliverDue(now: now)
                now = now.addingTimeInterval(7 * 3600)
            }
            let delivery = try #require(try await WebhookDelivery.query(on: app.db).first())
            #expect(delivery.status == .mislukt)
            #expect(delivery.attempts == WebhookDispatcher.maxAttempts)
            let bram = Browser(app)
            try await bram.login(TestFixtures.bram)
            let page = try await bram.get("/beheer/webhooks")
            #expect(page.body.string.contains("Mislukt"))
            #expect(page.body.string.contains("HTTP 503"))
            #expect(try await bram.post("/beheer/webhooks/leveringen/\(delivery.id!.uuidString)/opnieuw", form: [:]).status == .seeOther)
            #expect(try await WebhookDelivery.find(delivery.id, on: app.db)?.status == .wachtend)
        }
    }

    @Test("Bad input is refused with every field named, nothing changes")
    func invalid() async throws {
        try await withPlein { app in
            let response = try await reportMove(app, as: TestFixtures.anna, form: ["postcode": "1015", "huisnummer": "", "woonplaats": "", "verhuisdatum": "morgen"])
            #expect(response.status == .unprocessableEntity)
            for message in ["Vul een postcode in", "Vul een huisnummer in", "Vul de woonplaats in", "Vul de datum van de verhuizing in"] {
                #expect(response.body.string.contains(message), "\(message)")
            }
            #expect(response.body.string.contains("value=\"1015\""))
            let far = try await reportMove(app, as: TestFixtures.anna, form: ["postcode": "1015CD", "huisnummer": "3", "woonplaats": "Voorbeeld",
                                                                             "verhuisdatum": CivilDate.today.adding(days: 200).description])
            #expect(far.body.string.contains("binnen 3 maanden"))
            #expect(try await MoveReport.query(on: app.db).count() == 0)
            #expect(try await Resident.query(on: app.db).filter(\.$postcode == "1015CD").filter(\.$givenNames == "Anna").count() == 0)
        }
    }

    @Test("Only residents report moves; only administrators manage webhooks, each their own organisation's; only https")
    func roles() async throws {
        try await withPlein { app in
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            #expect(try await petra.get("/verhuizing").status == .forbidden)
            #expect(try await petra.post("/verhuizing", form: ["postcode": "1015CD", "huisnummer": "3", "woonplaats": "V", "verhuisdatum": "2026-12-01"]).status == .forbidden)
            #expect(try await petra.get("/beheer/webhooks").status == .forbidden)
            #expect(try await petra.post("/beheer/webhooks", form: ["url": "https://x.example.nl", "gebeurtenis": "verhuizing"]).status == .forbidden)
            #expect(try await petra.post("/beheer/webhooks/leveringen/\(UUID().uuidString)/opnieuw", form: [:]).status == .forbidden)
            #expect(try await WebhookSubscription.query(on: app.db).count() == 0)
            let bram = Browser(app)
            try await bram.login(TestFixtures.bram)
            try await bram.get("/beheer/webhooks")
            let insecure = try await bram.post("/beheer/webhooks", form: ["url": "http://systeem.example.nl/hook", "gebeurtenis": "verhuizing"])
            #expect(insecure.status == .unprocessableEntity)
            #expect(insecure.body.string.contains("https://"))
            // Another organisation's delivery cannot be retried (or seen).
            let west = try await Organisation.query(on: app.db).filter(\.$name == "Wijkzorg West").first()!
            let subscription = WebhookSubscription(organisationID: west.id!, url: "https://west.example.nl/hook",
                                                   sealedSecret: try secrets.seal(Data("x".utf8)), event: "verhuizing")
            try await subscription.create(on: app.db)
            let delivery = WebhookDelivery(organisationID: west.id!, subscriptionID: subscription.id!, event: "verhuizing", body: "{}")
            delivery.status = .mislukt
            try await delivery.create(on: app.db)
            #expect(try await bram.post("/beheer/webhooks/leveringen/\(delivery.id!.uuidString)/opnieuw", form: [:]).status == .notFound)
            #expect(!(try await bram.get("/beheer/webhooks").body.string.contains("west.example.nl")))
            // Outside the demo: no plain http, no private or loopback addresses.
            let admin = OrganisationAdminService(database: app.db, actor: try await bram.actor(app), audit: app.plein.audit)
            for url in ["http://127.0.0.1/hook", "https://10.1.2.3/hook", "https://192.168.0.5/hook", "https://169.254.169.254/latest",
                        "https://[::1]/hook", "https://172.20.0.1/hook"] {
                await #expect(throws: PleinError.self, "\(url)") {
                    _ = try await admin.createWebhookSubscription(url: url, event: "verhuizing", secrets: secrets, allowLocalHTTP: false)
                }
            }
            _ = try await admin.createWebhookSubscription(url: "https://systeem.example.nl/hook", event: "verhuizing", secrets: secrets, allowLocalHTTP: false)
        }
    }
}
