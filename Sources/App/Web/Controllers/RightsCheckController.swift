import Foundation
import PleinDomain
import PleinRules
import Vapor

/// "Check je rechten": no login needed, one question per page, answers only in an encrypted
/// session cookie. A logged-in resident starts with what their municipality already knows.
enum RightsCheckController {
    static let engine = Engine()
    private static let questionnaire = Questionnaire.rightsCheck

    /// Where to go with these answers: the first open question, else the result.
    private static func onward(_ answers: CheckAnswers) -> String {
        questionnaire.next(after: answers).map(questionnaire.address) ?? "/check-je-rechten/uitkomst"
    }

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
            prefilled = answers.prefill(from: household, today: .today)
        }
        let page = CheckStartPage(context: try await req.pageContext(), firstQuestion: questionnaire.questions[0].slug, prefilled: prefilled)
        return try save(answers, req.html(page.render()), req)
    }

    static func question(_ req: Request) async throws -> Response {
        guard let question = req.parameters.get("vraag").flatMap(questionnaire.named) else { throw PleinError.notFound }
        let answers = cookie(req).read(req)
        guard question.applies(answers) else { return req.redirect(to: onward(answers)) }
        return req.html(CheckQuestionPage(context: try await req.pageContext(), question: question, answers: answers,
                                          action: questionnaire.address(of: question), backLink: backLink(question, answers)).render())
    }

    static func answer(_ req: Request) async throws -> Response {
        guard let question = req.parameters.get("vraag").flatMap(questionnaire.named) else { throw PleinError.notFound }
        let answers = cookie(req).read(req)
        let form = SubmittedForm.read(req)
        switch questionnaire.answer(question, form: form, to: answers, today: .today) {
        case .success(let updated):
            return try save(updated, req.redirect(to: onward(updated)), req)
        case .failure(let error):
            guard case .invalid(let errors) = error else { throw error }
            let page = CheckQuestionPage(context: try await req.pageContext(), question: question, answers: answers,
                                         action: questionnaire.address(of: question), backLink: backLink(question, answers),
                                         submitted: form.values, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
    }

    static func result(_ req: Request) async throws -> Response {
        let answers = cookie(req).read(req)
        guard let berekening = try await calculate(answers, req) else {
            return req.redirect(to: questionnaire.next(after: answers).map(questionnaire.address) ?? "/check-je-rechten")
        }
        return req.html(CheckResultPage(context: try await req.pageContext(), berekening: berekening, answers: answers,
                                        canSave: req.state.user?.role == .inwoner).render())
    }

    /// Keeps the result (not the answers) for a logged-in resident, on "Mijn gegevens".
    static func save(_ req: Request) async throws -> Response {
        guard let berekening = try await calculate(cookie(req).read(req), req) else { return req.redirect(to: "/check-je-rechten") }
        try await req.savedCalculations.save(berekening)
        return req.redirect(to: "/mijn-gegevens?bewaard=1#berekeningen")
    }

    /// The result for complete answers; nil while questions are open.
    private static func calculate(_ answers: CheckAnswers, _ req: Request) async throws -> Berekening? {
        let rules = try await localRules(req)
        guard isComplete(answers),
              let huishouden = answers.huishouden(peildatum: .today, gemeente: rules.gemeente)
        else { return nil }
        do {
            return try rules.engine.bereken(huishouden)
        } catch {
            throw PleinError.forbidden(LocalizedText(
                nl: "Plein kan voor vandaag nog niet rekenen: \(error.description). Probeer het later opnieuw.",
                en: "Plein cannot calculate for today yet: \(error.description). Try again later."))
        }
    }

    static func isComplete(_ answers: CheckAnswers) -> Bool { questionnaire.next(after: answers) == nil }

    static func restart(_ req: Request) async throws -> Response {
        let response = req.redirect(to: "/check-je-rechten")
        AnswerCookie.clear(response)
        return response
    }

    /// The engine with the municipality's own local schemes (its imported configuration), and
    /// the code the household names them by; without a configuration, national schemes only.
    static func localRules(_ req: Request) async throws -> (engine: Engine, gemeente: String?) {
        let themes = ThemeService(database: req.database, actor: try? req.requireActor(), audit: req.application.plein.audit)
        guard let schemes = try await themes.schemes() else { return (engine, nil) }
        return (Engine(gemeenten: GemeenteCatalogus([schemes])), schemes.code)
    }

    private static func backLink(_ question: CheckQuestion, _ answers: CheckAnswers) -> String {
        questionnaire.previous(question, in: answers).map(questionnaire.address) ?? "/check-je-rechten"
    }
}
