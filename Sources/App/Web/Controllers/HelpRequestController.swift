import Foundation
import Vapor

/// Help requests: the resident's form, and the team's inbox with the intake.
enum HelpRequestController {
    private static func service(_ req: Request) throws -> HelpRequestService {
        HelpRequestService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
    }

    private static func requestID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        return id
    }

    static func form(_ req: Request) async throws -> Response {
        try await formPage(req)
    }

    static func submit(_ req: Request) async throws -> Response {
        let input = HelpRequestService.Input(theme: req.formField("thema"), question: req.formField("vraag"), contact: req.formField("contact"))
        do {
            try await service(req).submit(input)
        } catch PleinError.invalid(let errors) {
            return try await formPage(req, input: input, errors: errors)
        }
        return req.redirect(to: "/mijn-plein#aanvragen")
    }

    static func index(_ req: Request) async throws -> Response {
        req.html(HelpRequestsPage(context: try await req.pageContext(), requests: try await service(req).received()).render())
    }

    static func show(_ req: Request) async throws -> Response {
        let done = (try? req.query.get(String.self, at: "gedaan")) != nil
        return try await detailPage(req, notice: done ? req.state.language.pick(nl: "Opgeslagen.", en: "Saved.") : nil)
    }

    static func planIntake(_ req: Request) async throws -> Response {
        let id = try requestID(req)
        let input = HelpRequestService.IntakeInput(date: req.formField("datum"), time: req.formField("tijd"), place: req.formField("plaats"))
        do {
            try await service(req).planIntake(id, input, today: .today)
        } catch PleinError.invalid(let errors) {
            return try await detailPage(req, input: input, errors: errors)
        }
        return req.redirect(to: "/hulpvragen/\(id.uuidString)?gedaan=1")
    }

    static func close(_ req: Request) async throws -> Response {
        let id = try requestID(req)
        try await service(req).close(id)
        return req.redirect(to: "/hulpvragen/\(id.uuidString)?gedaan=1")
    }

    private static func formPage(_ req: Request, input: HelpRequestService.Input = .init(), errors: [FieldError] = []) async throws -> Response {
        let (destination, _) = try await service(req).destination()
        let page = HelpRequestPage(context: try await req.pageContext(), destination: destination, input: input, errors: errors)
        return req.html(page.render(), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func detailPage(_ req: Request, input: HelpRequestService.IntakeInput = .init(), notice: String? = nil,
                                   errors: [FieldError] = []) async throws -> Response {
        let request = try await service(req).open(try requestID(req))
        let page = HelpRequestDetailPage(context: try await req.pageContext(), request: request, input: input, notice: notice, errors: errors)
        return req.html(page.render(), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
