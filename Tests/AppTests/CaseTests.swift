@testable import App
import Fluent
import Foundation
import PleinDomain
import Testing
import VaporTesting

/// A tiny valid PDF: what the upload check looks at is the `%PDF-` signature.
let samplePDF = Data("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)

/// Lisa de Boer (22, single, no children) applies for bijstand through the web pages.
/// Returns the case's id.
@discardableResult
func applyAsLisa(_ browser: Browser, upload: Bool = true) async throws -> UUID {
    try await browser.login(TestFixtures.lisa)
    try await browser.get("/aanvraag")
    let begin = try await browser.post("/aanvraag", form: [:])
    #expect(begin.status == .seeOther)
    // Household facts come from the municipality's record: the first open question is the home.
    #expect(begin.headers.first(name: .location) == "/aanvraag/vraag/woning")
    let steps: [(String, [String: String])] = [
        ("woning", ["woning": "huur"]),
        ("huur", ["kaleHuur": "650", "servicekosten": "25"]),
        ("inkomen", ["nettoPerMaand": "0", "brutoPerJaar": "0"]),
        ("vermogen", ["vermogen": "300"]),
        ("contact", ["email": "Lisa.deBoer@voorbeeld.nl", "telefoon": "06 12345678"]),
        ("rekening", ["iban": "NL91 ABNA 0417 1643 00"]),
    ]
    for (slug, form) in steps {
        let response = try await browser.post("/aanvraag/vraag/\(slug)", form: form)
        #expect(response.status == .seeOther, "\(slug): \(response.body.string.prefix(300))")
    }
    if upload {
        let added = try await browser.postMultipart("/aanvraag/documenten", form: ["soort": "identiteitsbewijs"],
                                                    file: ("bestand", "paspoort.pdf", samplePDF))
        #expect(added.headers.first(name: .location) == "/aanvraag/documenten?toegevoegd=1")
    }
    let submitted = try await browser.post("/aanvraag/indienen", form: ["verklaring": "ja"])
    #expect(submitted.status == .seeOther)
    let location = submitted.headers.first(name: .location) ?? ""
    let id = location.split(separator: "/").last.flatMap { UUID(uuidString: String($0.prefix(36))) }
    return try #require(id)
}

@Suite("Bijstand: applying online")
struct ApplicationTests {
    @Test("A resident under 27 applies: prefilled household, documents, declaration, search period with assignments")
    func applyUnder27() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            let id = try await applyAsLisa(browser)
            let file = try #require(try await CaseFile.find(id, on: app.db))
            #expect(file.status == .zoekperiode)
            let today = CivilDate.today
            #expect(file.searchPeriodEnd == today.adding(days: 28).description)
            #expect(file.decideBefore == today.adding(days: 28 + 56).description)
            #expect(file.reference.hasPrefix("BB-\(today.year)-"))
            #expect(file.answers.value("iban") == "NL91ABNA0417164300")
            #expect(file.answers.value("email") == "lisa.deboer@voorbeeld.nl")
            // The three templates marked for the search period were given, with deadlines in it.
            let assignments = try await Assignment.query(on: app.db).filter(\.$caseID == id).all()
            #expect(assignments.count == 3)
            #expect(assignments.allSatisfy { $0.deadline <= file.searchPeriodEnd! })
            #expect(file.openAssignments == 3)
            #expect(try await CaseDocument.query(on: app.db).filter(\.$caseID == id).count() == 1)
            let mail = try await OutboxMail.query(on: app.db).filter(\.$recipient == "lisa.deboer@voorbeeld.nl").all()
            #expect(mail.contains { $0.subject.contains(file.reference) })
            #expect(mail.allSatisfy { !$0.body.contains("650") })
            let page = try await browser.get("/zaken/\(id.uuidString)?ingediend=1")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Zoekperiode"))
            #expect(page.body.string.contains(file.reference))
            #expect(page.body.string.contains("Maak een cv"))
            // Submitting is audited with a processing entry for the resident.
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "aanvraag-indienen").count() == 1)
        }
    }

    @Test("The summary refuses to send without the declaration, keeping the answers")
    func declarationRequired() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.lisa)
            try await browser.get("/aanvraag")
            try await browser.post("/aanvraag", form: [:])
            for (slug, form) in [("woning", ["woning": "geen"]), ("inkomen", ["nettoPerMaand": "0", "brutoPerJaar": "0"]),
                                 ("vermogen", ["vermogen": "0"]), ("contact", ["email": "lisa@voorbeeld.nl", "telefoon": "0612345678"]),
                                 ("rekening", ["iban": "NL91ABNA0417164300"])] {
                try await browser.post("/aanvraag/vraag/\(slug)", form: form)
            }
            let refused = try await browser.post("/aanvraag/indienen", form: [:])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Bevestig dat u alles naar waarheid heeft ingevuld"))
            #expect(refused.body.string.contains("NL91 ABNA 0417 1643 00"))
            #expect(try await CaseFile.query(on: app.db).filter(\.$status == .concept).count() == 1)
        }
    }

    @Test("Bad answers get a specific error and keep what was typed")
    func badAnswers() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.lisa)
            try await browser.get("/aanvraag")
            try await browser.post("/aanvraag", form: [:])
            let iban = try await browser.post("/aanvraag/vraag/rekening", form: ["iban": "NL91 ABNA 0417 1643 01"])
            #expect(iban.status == .unprocessableEntity)
            #expect(iban.body.string.contains("Dit IBAN klopt niet"))
            #expect(iban.body.string.contains("NL91 ABNA 0417 1643 01"))
            let contact = try await browser.post("/aanvraag/vraag/contact", form: ["email": "lisa", "telefoon": "12"])
            #expect(contact.body.string.contains("Vul een e-mailadres in"))
            #expect(contact.body.string.contains("Vul een telefoonnummer in"))
            // A line break in an address would add SMTP commands or headers.
            let injected = try await browser.post("/aanvraag/vraag/contact", form: ["email": "lisa@voorbeeld.nl\r\nBcc: x@evil.nl", "telefoon": "0612345678"])
            #expect(injected.body.string.contains("Vul een e-mailadres in"))
        }
    }

    @Test("A draft is kept: after logging out the resident continues where they stopped")
    func resumeDraft() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.lisa)
            try await browser.get("/aanvraag")
            try await browser.post("/aanvraag", form: [:])
            try await browser.post("/aanvraag/vraag/woning", form: ["woning": "huur"])
            try await browser.post("/uitloggen", form: [:])
            try await browser.login(TestFixtures.lisa)
            try await browser.get("/aanvraag")
            let again = try await browser.post("/aanvraag", form: [:])
            #expect(again.headers.first(name: .location) == "/aanvraag/vraag/huur")
            #expect(try await CaseFile.query(on: app.db).count() == 1)
        }
    }

    @Test("Answers from Check je rechten are not asked again")
    func rightsCheckAnswersReused() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            try await browser.login(TestFixtures.lisa)
            try await browser.get("/check-je-rechten")
            try await browser.post("/check-je-rechten/woning", form: ["woning": "huur"])
            try await browser.post("/check-je-rechten/huur", form: ["kaleHuur": "600", "servicekosten": "0"])
            // The answer cookie is scoped to /check-je-rechten, so the application starts from there.
            let begin = try await browser.post("/check-je-rechten/aanvraag", form: [:])
            #expect(begin.headers.first(name: .location) == "/aanvraag/vraag/inkomen")
        }
    }

    @Test("Professionals and administrators cannot apply; guests go to the login")
    func onlyResidentsApply() async throws {
        try await withPlein { app in
            let browser = Browser(app)
            #expect(try await browser.get("/aanvraag").status == .seeOther)
            try await browser.login(TestFixtures.petra)
            try await browser.get("/werkvoorraad")
            #expect(try await browser.post("/aanvraag", form: [:]).status == .forbidden)
            #expect(try await browser.post("/check-je-rechten/aanvraag", form: [:]).status == .forbidden)
            #expect(try await CaseFile.query(on: app.db).count() == 0)
        }
    }
}

@Suite("Bijstand: statutory terms")
struct ApplicationTermsTests {
    let melding = CivilDate(year: 2026, month: 7, day: 1)!

    @Test("Under 27: four weeks of search period, then eight weeks to decide (art. 41 lid 4, Awb 4:13)")
    func under27() {
        let terms = ApplicationTerms(melding: melding, applicantBirthDate: CivilDate(year: 2000, month: 7, day: 2)!, partnerBirthDate: nil)
        #expect(terms.searchPeriodEnd == CivilDate(year: 2026, month: 7, day: 29))
        #expect(terms.decideBefore == CivilDate(year: 2026, month: 9, day: 23))
    }

    @Test("Turning 27 on the day of the melding: no search period")
    func turning27() {
        let terms = ApplicationTerms(melding: melding, applicantBirthDate: CivilDate(year: 1999, month: 7, day: 1)!, partnerBirthDate: nil)
        #expect(terms.searchPeriodEnd == nil)
        #expect(terms.decideBefore == CivilDate(year: 2026, month: 8, day: 26))
    }

    @Test("A partner of 27 or older: the application does not concern only people under 27")
    func olderPartner() {
        let terms = ApplicationTerms(melding: melding, applicantBirthDate: CivilDate(year: 2003, month: 1, day: 1)!,
                                     partnerBirthDate: CivilDate(year: 1990, month: 1, day: 1)!)
        #expect(terms.searchPeriodEnd == nil)
    }

    @Test("Bezwaar: six weeks from the day after the decision (Awb 6:7, 6:8)")
    func objection() {
        #expect(ApplicationTerms.objectionDeadline(decisionDate: melding) == CivilDate(year: 2026, month: 8, day: 12))
    }
}
