import Foundation
import PleinDomain
import Vapor

/// Applying for bijstand online: a start page, one question per page (saved as the resident
/// goes), the documents, a summary, and submitting.
enum ApplicationController {
    private static let questionnaire = BijstandApplicationService.questionnaire

    static func start(_ req: Request) async throws -> Response {
        let service = try req.bijstandApplication
        let cases = try await service.ownCases()
        return req.html(ApplicationStartPage(context: try await req.pageContext(), cases: cases).render())
    }

    /// Starts or continues the draft and goes to the first open question (or the documents).
    /// Posted from /aanvraag, or from the result of "Check je rechten", whose answers (in a
    /// cookie sent only under /check-je-rechten) then prefill the application.
    static func begin(_ req: Request) async throws -> Response {
        let rightsCheck = AnswerCookie(secret: req.application.plein.settings.pseudonymKey).read(req)
        let file = try await req.bijstandApplication.start(rightsCheckAnswers: rightsCheck, today: .today)
        guard file.status == .concept else { return req.redirect(to: "/zaken/\(file.id!.uuidString)") }
        return req.redirect(to: onward(file.answers))
    }

    private static func onward(_ answers: CheckAnswers) -> String {
        questionnaire.next(after: answers).map(questionnaire.address) ?? "/aanvraag/documenten"
    }

    /// The resident's draft; nil when there is none (then the handlers go back to the start).
    private static func draft(_ req: Request) async throws -> CaseFile? {
        let service = try req.bijstandApplication
        guard let current = try await service.current(), current.status == .concept else { return nil }
        return try await service.draft(current.id!)
    }

    static func question(_ req: Request) async throws -> Response {
        guard let question = req.parameters.get("vraag").flatMap(questionnaire.named) else { throw PleinError.notFound }
        guard let file = try await draft(req) else { return req.redirect(to: "/aanvraag") }
        guard question.applies(file.answers) else { return req.redirect(to: onward(file.answers)) }
        return req.html(CheckQuestionPage(context: try await req.pageContext(), question: question, answers: file.answers,
                                          action: action(question, req), backLink: backLink(question, file.answers)).render())
    }

    static func answer(_ req: Request) async throws -> Response {
        guard let question = req.parameters.get("vraag").flatMap(questionnaire.named) else { throw PleinError.notFound }
        guard let file = try await draft(req) else { return req.redirect(to: "/aanvraag") }
        let form = SubmittedForm.read(req)
        switch questionnaire.answer(question, form: form, to: file.answers, today: .today) {
        case .success(let updated):
            try await req.bijstandApplication.save(updated, in: file)
            let fromSummary = isChange(req) && questionnaire.next(after: updated) == nil
            return req.redirect(to: fromSummary ? "/aanvraag/overzicht" : onward(updated))
        case .failure(let error):
            guard case .invalid(let errors) = error else { throw error }
            let page = CheckQuestionPage(context: try await req.pageContext(), question: question, answers: file.answers,
                                         action: action(question, req), backLink: backLink(question, file.answers),
                                         submitted: form.values, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
    }

    /// A change from the summary returns to the summary.
    private static func isChange(_ req: Request) -> Bool { (try? req.query.get(String.self, at: "terug")) == "overzicht" }

    private static func action(_ question: CheckQuestion, _ req: Request) -> String {
        questionnaire.address(of: question) + (isChange(req) ? "?terug=overzicht" : "")
    }

    private static func backLink(_ question: CheckQuestion, _ answers: CheckAnswers) -> String {
        questionnaire.previous(question, in: answers).map(questionnaire.address) ?? "/aanvraag"
    }

    static func documents(_ req: Request) async throws -> Response {
        guard let file = try await draft(req) else { return req.redirect(to: "/aanvraag") }
        return try await documentsPage(req, file)
    }

    private static func documentsPage(_ req: Request, _ file: CaseFile, errors: [FieldError] = [],
                                      status: HTTPResponseStatus = .ok) async throws -> Response {
        let documents = try await req.caseDocuments.documents(of: file)
        let back = questionnaire.questions.last { $0.applies(file.answers) }.map(questionnaire.address) ?? "/aanvraag"
        return req.html(ApplicationDocumentsPage(context: try await req.pageContext(), file: file, documents: documents,
                                                 backLink: back, maxUploadBytes: req.application.plein.settings.maxUploadBytes,
                                                 added: (try? req.query.get(String.self, at: "toegevoegd")) != nil,
                                                 errors: errors).render(), status: status)
    }

    static func upload(_ req: Request) async throws -> Response {
        guard let file = try await draft(req) else { return req.redirect(to: "/aanvraag") }
        switch try req.upload("bestand") {
        case nil:
            return try await documentsPage(req, file, errors: [FieldError(field: "bestand", message: .init(nl: "Kies een bestand.", en: "Choose a file."))],
                                           status: .unprocessableEntity)
        case .failure(let error)?:
            return try await documentsPage(req, file, errors: [error], status: .unprocessableEntity)
        case .success(let upload)?:
            do {
                try await req.caseDocuments.add(upload, kind: req.formField("soort"), toCase: file.id!)
            } catch PleinError.invalid(let errors) {
                return try await documentsPage(req, file, errors: errors, status: .unprocessableEntity)
            }
            return req.redirect(to: "/aanvraag/documenten?toegevoegd=1")
        }
    }

    static func summary(_ req: Request) async throws -> Response {
        guard let file = try await draft(req) else { return req.redirect(to: "/aanvraag") }
        if questionnaire.next(after: file.answers) != nil { return req.redirect(to: onward(file.answers)) }
        return req.html(ApplicationSummaryPage(context: try await req.pageContext(), file: file,
                                               documents: try await req.caseDocuments.documents(of: file)).render())
    }

    static func submit(_ req: Request) async throws -> Response {
        guard let file = try await draft(req) else { return req.redirect(to: "/aanvraag") }
        guard req.formField("verklaring") == "ja" else {
            let page = ApplicationSummaryPage(context: try await req.pageContext(), file: file,
                                              documents: try await req.caseDocuments.documents(of: file),
                                              errors: [FieldError(field: "verklaring", message: .init(
                                                nl: "Bevestig dat u alles naar waarheid heeft ingevuld.",
                                                en: "Confirm that you have filled in everything truthfully."))])
            return req.html(page.render(), status: .unprocessableEntity)
        }
        try await req.bijstandApplication.submit(file, today: .today)
        return req.redirect(to: "/zaken/\(file.id!.uuidString)?ingediend=1")
    }
}
