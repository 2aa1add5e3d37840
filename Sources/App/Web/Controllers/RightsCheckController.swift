import Foundation
import PleinDomain
import PleinRules
import Vapor

/// "Check je rechten": no login needed, one question per page, answers only in an encrypted
/// session cookie. A logged-in resident starts with what their municipality already knows.
enum RightsCheckController {
    static let engine = Engine()

    private static func cookie(_ req: Request) -> AnswerCookie {
        AnswerCookie(secret: req.application.plein.settings.pseudonymKey)
    }

    private static func save(_ answers: CheckAnswers, _ response: Response, _ req: Request) throws -> Response {
        try cookie(req).write(answers, to: response, secure: req.application.plein.settings.behindTLS)
        return response
    }

    static func start(_ req: Request) async throws -> Response {
        var answers = cookie(req).read(req)
        var prefilled = false
        if answers.values.isEmpty, req.state.user?.role == .inwoner {
            let household = try await req.residents.ownHousehold()
            prefilled = prefill(&answers, from: household, today: .today)
        }
        let page = CheckStartPage(context: try await req.pageContext(), firstQuestion: CheckQuestion.all[0].slug, prefilled: prefilled)
        return try save(answers, req.html(page.render()), req)
    }

    /// Birth dates, partner, children under 18 and adults of 27 or older from the municipality's household record.
    static func prefill(_ answers: inout CheckAnswers, from household: [Resident], today: CivilDate) -> Bool {
        guard let own = household.first else { return false }
        answers.set("geboortedatum", own.birthDate)
        let partner = household.first { $0.householdRole == "partner" }
        answers.set("samenwonen", partner == nil ? "nee" : "ja")
        if let partner { answers.set("partnerGeboortedatum", partner.birthDate) }
        let children = household.filter { member in
            member.householdRole == "kind" && (CivilDate(iso: member.birthDate).map { $0.age(on: today) < 18 } ?? false)
        }
        answers.set("kinderen", String(children.count))
        for (index, child) in children.enumerated() { answers.set("kind\(index + 1)", child.birthDate) }
        // Other adults count as kostendelers from 27 (Participatiewet art. 19a); the question asks
        // about them only.
        let others = household.dropFirst().filter { member in
            member.householdRole != "partner" && (CivilDate(iso: member.birthDate).map { $0.age(on: today) >= 27 } ?? false)
        }
        answers.set("huisgenoten", String(others.count))
        return true
    }

    static func question(_ req: Request) async throws -> Response {
        guard let question = req.parameters.get("vraag").flatMap(CheckQuestion.named) else { throw PleinError.notFound }
        let answers = cookie(req).read(req)
        guard question.applies(answers) else {
            return req.redirect(to: CheckQuestion.next(after: answers).map { "/check-je-rechten/\($0.slug)" } ?? "/check-je-rechten/uitkomst")
        }
        return req.html(CheckQuestionPage(context: try await req.pageContext(), question: question, answers: answers,
                                          backLink: backLink(question, answers)).render())
    }

    static func answer(_ req: Request) async throws -> Response {
        guard let question = req.parameters.get("vraag").flatMap(CheckQuestion.named) else { throw PleinError.notFound }
        var answers = cookie(req).read(req)
        let form = (try? req.content.decode([String: String].self)) ?? [:]
        var errors: [FieldError] = []
        var read: [(String, String)] = []
        for field in question.fields(answers) {
            switch field.read(form, today: .today) {
            case .success(let value): read.append((field.name, value))
            case .failure(let error): errors.append(error)
            }
        }
        guard errors.isEmpty else {
            let page = CheckQuestionPage(context: try await req.pageContext(), question: question, answers: answers,
                                         backLink: backLink(question, answers), submitted: form, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
        for (name, value) in read { answers.set(name, value) }
        answers.dropUnused()
        let next = CheckQuestion.next(after: answers).map { "/check-je-rechten/\($0.slug)" } ?? "/check-je-rechten/uitkomst"
        return try save(answers, req.redirect(to: next), req)
    }

    static func result(_ req: Request) async throws -> Response {
        let answers = cookie(req).read(req)
        guard let berekening = try calculate(answers, req) else {
            return req.redirect(to: CheckQuestion.next(after: answers).map { "/check-je-rechten/\($0.slug)" } ?? "/check-je-rechten")
        }
        return req.html(CheckResultPage(context: try await req.pageContext(), berekening: berekening, answers: answers,
                                        canSave: req.state.user?.role == .inwoner).render())
    }

    /// Keeps the result (not the answers) for a logged-in resident, on "Mijn gegevens".
    static func save(_ req: Request) async throws -> Response {
        guard let berekening = try calculate(cookie(req).read(req), req) else { return req.redirect(to: "/check-je-rechten") }
        try await req.savedCalculations.save(berekening)
        return req.redirect(to: "/mijn-gegevens?bewaard=1#berekeningen")
    }

    /// The result for complete answers; nil while questions are open.
    private static func calculate(_ answers: CheckAnswers, _ req: Request) throws -> Berekening? {
        guard CheckQuestion.next(after: answers) == nil,
              let huishouden = answers.huishouden(peildatum: .today, gemeente: gemeente(req))
        else { return nil }
        do {
            return try engine.bereken(huishouden)
        } catch {
            throw PleinError.forbidden(LocalizedText(
                nl: "Plein kan voor vandaag nog niet rekenen: \(error.description). Probeer het later opnieuw.",
                en: "Plein cannot calculate for today yet: \(error.description). Try again later."))
        }
    }

    static func restart(_ req: Request) async throws -> Response {
        let response = req.redirect(to: "/check-je-rechten")
        AnswerCookie.clear(response)
        return response
    }

    /// The demo municipality's local schemes apply in demo mode; a deployment names its own
    /// municipality's configuration (a later issue makes this a per-municipality setting).
    static func gemeente(_ req: Request) -> String? {
        req.application.plein.settings.demoMode ? "voorbeeld" : nil
    }

    private static func backLink(_ question: CheckQuestion, _ answers: CheckAnswers) -> String {
        question.previous(in: answers).map { "/check-je-rechten/\($0.slug)" } ?? "/check-je-rechten"
    }
}
