@testable import App
import Fluent
import Foundation
import Testing
import VaporTesting

@Suite("Consent: what another organisation may see")
struct ConsentTests {
    static let mohammed = "mohammed.yilmaz@voorbeeld.nl"

    func organisationID(_ name: String, _ app: Application) async throws -> UUID {
        try await Organisation.query(on: app.db).filter(\.$name == name).first()!.requireID()
    }

    @Test("Without consent the care provider sees why not; with consent the municipality's data, logged under the municipality; withdrawn, at once hidden again")
    func grantAndWithdraw() async throws {
        try await withPlein { app in
            let record = try await app.resident(named: "Mohammed", organisation: "Zorgcoöperatie Oost")
            let fatima = Browser(app)
            try await fatima.login(TestFixtures.fatima)
            let before = try await fatima.get("/inwoners/\(record.id!.uuidString)").body.string
            #expect(before.contains("Niet zichtbaar"))
            #expect(!before.contains("mohammed.yilmaz@voorbeeld.nl"))

            let resident = Browser(app)
            try await resident.login(Self.mohammed)
            let page = try await resident.get("/toestemmingen")
            #expect(page.body.string.contains("Zorgcoöperatie Oost"))
            let oost = try await organisationID("Zorgcoöperatie Oost", app)
            #expect(try await resident.post("/toestemmingen/\(oost.uuidString)", form: ["contactgegevens": "ja"]).status == .seeOther)

            let after = try await fatima.get("/inwoners/\(record.id!.uuidString)").body.string
            #expect(after.contains("mohammed.yilmaz@voorbeeld.nl"))
            #expect(after.contains("Niet zichtbaar"))   // the household was not shared
            let gemeente = try await organisationID("Gemeente Voorbeeld", app)
            #expect(try await ProcessingEntry.query(on: app.db).filter(\.$activity == "gegevens-delen-met-toestemming")
                .filter(\.$organisationID == gemeente).count() == 1)

            try await resident.get("/toestemmingen")
            #expect(try await resident.post("/toestemmingen/\(oost.uuidString)", form: [:]).status == .seeOther)
            let withdrawn = try await fatima.get("/inwoners/\(record.id!.uuidString)").body.string
            #expect(!withdrawn.contains("mohammed.yilmaz@voorbeeld.nl"))
            #expect(try await Consent.query(on: app.db).filter(\.$withdrawnAt != nil).count() == 1)
            // The household: himself and his child under 18 by name; his wife and his 18-year-old daughter counted, not named.
            try await resident.get("/toestemmingen")
            try await resident.post("/toestemmingen/\(oost.uuidString)", form: ["huishouden": "ja"])
            let household = try await fatima.get("/inwoners/\(record.id!.uuidString)").body.string
            #expect(household.contains("Can Yilmaz"))
            #expect(!household.contains("Ayşe") && !household.contains("Elif") && household.contains("En 2 andere volwassenen"))
        }
    }

    @Test("Only the resident gives consent, and only to organisations that know them")
    func roles() async throws {
        try await withPlein { app in
            let oost = try await organisationID("Zorgcoöperatie Oost", app)
            let fatima = Browser(app)
            try await fatima.login(TestFixtures.fatima)
            #expect(try await fatima.get("/toestemmingen").status == .forbidden)
            try await fatima.get("/")
            #expect(try await fatima.post("/toestemmingen/\(oost.uuidString)", form: ["contactgegevens": "ja"]).status == .forbidden)
            let resident = Browser(app)
            try await resident.login(Self.mohammed)
            try await resident.get("/toestemmingen")
            let woon = try await organisationID("Woonstichting Voorbeeld", app)
            #expect(try await resident.post("/toestemmingen/\(woon.uuidString)", form: ["contactgegevens": "ja"]).status == .notFound)
            #expect(try await Consent.query(on: app.db).count() == 0)
            #expect(try await Browser(app).get("/toestemmingen").headers.first(name: .location) == "/inloggen")
        }
    }
}
