@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

@Suite("Themes per municipality, as configuration")
struct ThemeTests {
    let api = APITests()
    static let mohammed = "mohammed.yilmaz@voorbeeld.nl"

    @Test("The newcomers' hub in four languages: Arabic right to left, Tigrinya; a switched-off theme is not there")
    func hub() async throws {
        try await withPlein { app in
            let visitor = Browser(app)
            let arabic = try await visitor.get("/thema/statushouders?taal=ar")
            #expect(arabic.status == .ok)
            #expect(arabic.body.string.contains(#"<article lang="ar" dir="rtl">"#))
            #expect(arabic.body.string.contains("جديد في هولندا"))
            let tigrinya = try await visitor.get("/thema/statushouders?taal=ti").body.string
            #expect(tigrinya.contains(#"<article lang="ti" dir="ltr">"#) && tigrinya.contains("ሓድሽ ኣብ ኔዘርላንድ"))
            #expect(try await visitor.get("/thema/statushouders").body.string.contains("<h2>Inburgeren</h2>"))
            #expect(try await visitor.get("/").body.string.contains("/thema/jeugd"))
            let admin = Browser(app)
            try await admin.login(TestFixtures.bram)
            try await admin.get("/beheer/themas")
            #expect(try await admin.post("/beheer/themas", form: ["wmo": "ja", "minima": "ja"]).status == .seeOther)
            #expect(try await visitor.get("/thema/statushouders").status == .notFound)
            #expect(!(try await visitor.get("/").body.string.contains("/thema/jeugd")))
            #expect(try await visitor.get("/thema/bestaat-niet").status == .notFound)
        }
    }

    @Test("Turning 18: a visitor's list from a typed birth date, a parent's list for a child of 14 to 17, bad dates named")
    func checklist() async throws {
        try await withPlein { app in
            let visitor = Browser(app)
            let list = try await visitor.get("/thema/jeugd?geboortedatum=14-5-2009").body.string
            // 18 on 14-5-2027: premium and zorgtoeslag from 1-6-2027, mbo student finance from 1-7-2027.
            #expect(list.contains("14-05-2027") || list.contains("14-5-2027"))
            #expect(list.contains(CivilDate(year: 2027, month: 6, day: 1)!.dutchNotation))
            #expect(list.contains(CivilDate(year: 2027, month: 7, day: 1)!.dutchNotation))
            #expect(list.contains("Zorgverzekeringswet art. 16"))
            let bad = try await visitor.get("/thema/jeugd?geboortedatum=31-2-2009")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Vul een geboortedatum in"))
            let parent = Browser(app)
            try await parent.login(Self.mohammed)
            let own = try await parent.get("/thema/jeugd").body.string
            #expect(own.contains("Can Yilmaz"))
            #expect(!own.contains("Elif Yilmaz"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "jeugd-checklist-inzien").count() == 1)
        }
    }

    @Test("Minima: a resident with bijstand is offered the local schemes with why; without bijstand, the way to check")
    func minima() async throws {
        try await withPlein { app in
            let anna = Browser(app)
            try await anna.login(TestFixtures.anna)
            let before = try await anna.get("/thema/minima").body.string
            #expect(before.contains("Check of u er recht op heeft") && !before.contains("U krijgt bijstand"))
            let resident = try await app.resident(named: "Anna")
            let gemeente = resident.organisationID
            // What the resident typed in herself is not proof that she receives bijstand.
            try await IncomePart(organisationID: gemeente, bsn: resident.bsn, kind: .bijstand, payer: "Gemeente",
                                 amount: Money(cents: 150_000), frequency: .maand, firstPayment: CivilDate(year: 2026, month: 1, day: 1)!,
                                 lastPayment: nil, enteredByResident: true).create(on: app.db)
            #expect(!(try await anna.get("/thema/minima").body.string.contains("U krijgt bijstand")))
            try await IncomePart(organisationID: gemeente, bsn: resident.bsn, kind: .bijstand, payer: "Gemeente Voorbeeld",
                                 amount: Money(cents: 150_000), frequency: .maand, firstPayment: CivilDate(year: 2026, month: 1, day: 1)!,
                                 lastPayment: nil, enteredByResident: false).create(on: app.db)
            let offer = try await anna.get("/thema/minima").body.string
            #expect(offer.contains("U krijgt bijstand"))
            #expect(offer.contains("Stadspas Voorbeeld") && offer.contains("Kindpakket Voorbeeld"))
            // Noah (11) and Emma (7): € 300 each.
            #expect(offer.contains("Noah, Emma") && offer.contains("€ 600,00 per jaar"))
            #expect(offer.contains("Beleidsregels minimaregelingen Gemeente Voorbeeld"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "minima-aanbod-inzien").count() == 1)
        }
    }

    @Test("The administrator writes pages, switches themes and adds a plan template; a regisseur starts a plan from it; others may not administer")
    func administration() async throws {
        try await withPlein { app in
            let admin = Browser(app)
            try await admin.login(TestFixtures.bram)
            try await admin.get("/beheer/themas")
            let empty = try await admin.post("/beheer/themas/wmo/nl", form: ["titel": "", "inhoud": ""])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Vul een titel in"))
            #expect(try await admin.post("/beheer/themas/wmo/ar", form: ["titel": "x", "inhoud": "y"]).status == .notFound)
            #expect(try await admin.post("/beheer/themas/wmo/nl", form: ["titel": "Hulp bij u thuis", "inhoud": "## Eerst\nBel ons.\n\nDan komen wij."]).status == .seeOther)
            let page = try await Browser(app).get("/thema/wmo").body.string
            #expect(page.contains("<h1>Hulp bij u thuis</h1>") && page.contains("<h2>Eerst</h2>") && page.contains("<p>Bel ons.</p>"))
            let orphan = try await admin.post("/beheer/plansjablonen", form: ["thema": "wmo", "naam": "Thuis", "doelen": "- zonder doel"])
            #expect(orphan.status == .unprocessableEntity && orphan.body.string.contains("Schrijf eerst een doel"))
            #expect(try await admin.post("/beheer/plansjablonen", form: ["thema": "wmo", "naam": "Zelfstandig thuis",
                "doelen": "Schoon huis\n- Huishoudelijke hulp inzetten\n- inwoner: Zelf de was doen"]).status == .seeOther)
            let template = try #require(try await PlanTemplate.query(on: app.db).filter(\.$name == "Zelfstandig thuis").first())
            #expect(template.goals == [.init(omschrijving: "Schoon huis", acties: [
                .init(omschrijving: "Huishoudelijke hulp inzetten", uitvoerder: .organisatie, termijnDagen: nil),
                .init(omschrijving: "Zelf de was doen", uitvoerder: .inwoner, termijnDagen: nil)])])
            let ruben = Browser(app)
            try await ruben.login(TestFixtures.ruben)
            try await ruben.get("/plannen")
            let henk = try await app.resident(named: "Henk")
            #expect(try await ruben.post("/plannen", form: ["bsn": henk.bsn, "titel": "Thuis blijven wonen", "sjabloon": template.id!.uuidString]).status == .seeOther)
            #expect(try await PlanAction.query(on: app.db).count() == 2)
            #expect(try await PlanAction.query(on: app.db).filter(\.$assigneeKind == .inwoner).first()?.text == "Zelf de was doen")
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            try await petra.get("/inwoners")
            #expect(try await petra.get("/beheer/themas").status == .forbidden)
            #expect(try await petra.post("/beheer/themas", form: ["wmo": "ja"]).status == .forbidden)
            #expect(try await petra.post("/beheer/themas/wmo/nl", form: ["titel": "x", "inhoud": "y"]).status == .forbidden)
            #expect(try await petra.post("/beheer/plansjablonen", form: ["thema": "wmo", "naam": "x", "doelen": "x"]).status == .forbidden)
            #expect(try await petra.post("/beheer/plansjablonen/\(template.id!.uuidString)/verwijderen", form: [:]).status == .forbidden)
            #expect(try await petra.get("/beheer/configuratie").status == .forbidden)
            #expect(try await admin.post("/beheer/plansjablonen/\(template.id!.uuidString)/verwijderen", form: [:]).status == .seeOther)
            #expect(try await PlanTemplate.find(template.id, on: app.db) == nil)
        }
    }

    @Test("The configuration exports as one file and imports again; an invalid file names every problem and changes nothing")
    func configurationFile() async throws {
        try await withPlein { app in
            let admin = Browser(app)
            try await admin.login(TestFixtures.bram)
            try await admin.get("/beheer/themas")
            let download = try await admin.get("/beheer/configuratie")
            #expect(download.status == .ok)
            #expect(download.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            var file = try JSONDecoder().decode(MunicipalityConfiguration.self, from: Data(download.body.string.utf8))
            #expect(file.themas.count == 5 && file.gebieden.count == 3 && file.paginas.count == 12)
            #expect(file.regelingen?.regelingen.map(\.code) == ["stadspas", "kindpakket"])
            var broken = file
            broken.versie = 9
            broken.themas.append("tuin")
            broken.gebieden[1].postcodeVan = 1012
            broken.plansjablonen[0].doelen[0].acties[0].uitvoerder = "buurman"
            broken.gebieden[2].bediendDoor = "Woonstichting Voorbeeld"
            let bad = try await admin.postMultipart("/beheer/configuratie", form: [:],
                                                    file: ("bestand", "c.json", try JSONEncoder().encode(broken)))
            #expect(bad.status == .unprocessableEntity)
            for problem in ["versie: 9 wordt niet ondersteund", "themas[5]: onbekend thema", "gebieden[1].postcodeVan: overlapt met gebieden[0]",
                            "plansjablonen[0].doelen[0].acties[0].uitvoerder",
                            "gebieden[2].bediendDoor: \"Woonstichting Voorbeeld\" is geen zorgaanbieder"] {
                #expect(bad.body.string.contains(problem), "\(problem)")
            }
            #expect(try await Area.query(on: app.db).count() == 3)
            let notJSON = try await admin.postMultipart("/beheer/configuratie", form: [:], file: ("bestand", "c.json", Data("{\"formaat\":".utf8)))
            #expect(notJSON.body.string.contains("bestand: is geen geldige JSON"))
            let missing = try await admin.postMultipart("/beheer/configuratie", form: [:], file: ("bestand", "c.json", Data(#"{"formaat": "x"}"#.utf8)))
            #expect(missing.body.string.contains("versie: ontbreekt"))
            // Another municipality's work, reused: fewer wijken, one theme off.
            file.gebieden = [file.gebieden[0]]
            file.themas.removeAll { $0 == "jeugd" }
            let good = try await admin.postMultipart("/beheer/configuratie", form: [:], file: ("bestand", "c.json", try JSONEncoder().encode(file)))
            #expect(good.status == .ok && good.body.string.contains("Ingelezen: 4 thema"))
            #expect(try await Area.query(on: app.db).count() == 1)
            #expect(try await Browser(app).get("/thema/jeugd").status == .notFound)
            // Exporting again gives the same file back.
            let again = try JSONDecoder().decode(MunicipalityConfiguration.self, from: Data(try await admin.get("/beheer/configuratie").body.string.utf8))
            #expect(again == file)
        }
    }

    @Test("A demo database from before themes existed gets them once")
    func demoTopUp() async throws {
        try await withPlein { app in
            try await PlanTemplate.query(on: app.db).delete()
            try await ThemePage.query(on: app.db).delete()
            try await MunicipalitySettings.query(on: app.db).delete()
            #expect(try await Browser(app).get("/thema/statushouders").status == .notFound)
            #expect(try await DemoSeeder.addThemesIfMissing(app.db))
            #expect(try await ThemePage.query(on: app.db).count() == 12)
            #expect(!(try await DemoSeeder.addThemesIfMissing(app.db)))
            #expect(try await ThemePage.query(on: app.db).count() == 12)
            #expect(try await Browser(app).get("/thema/statushouders").status == .ok)
        }
    }
}
