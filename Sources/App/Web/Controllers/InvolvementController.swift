import Foundation
import Vapor

/// The verwijsindex pages for professionals.
enum InvolvementController {
    private static func service(_ req: Request) throws -> InvolvementService {
        InvolvementService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
    }

    private static func page(_ req: Request, input: InvolvementService.Input = .init(), notice: String? = nil,
                             errors: [FieldError] = []) async throws -> Response {
        let service = try service(req)
        let number = min(max((try? req.query.get(Int.self, at: "pagina")) ?? 1, 1), InvolvementService.lastPage)
        let page = InvolvementPage(context: try await req.pageContext(), matches: try await service.matches(page: number), page: number,
                                   own: try await service.own(), input: input, notice: notice, errors: errors)
        return req.html(page.render(), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func show(_ req: Request) async throws -> Response {
        let done = (try? req.query.get(String.self, at: "gedaan")) != nil
        return try await page(req, notice: done ? req.state.language.pick(nl: "Gelukt.", en: "Done.") : nil)
    }

    static func register(_ req: Request) async throws -> Response {
        let input = InvolvementService.Input(bsn: req.formField("bsn"), contactName: req.formField("contactpersoon"),
                                             contact: req.formField("contact"), since: req.formField("sinds"))
        do {
            try await service(req).register(input, today: .today)
        } catch PleinError.invalid(let errors) {
            return try await page(req, input: input, errors: errors)
        }
        return req.redirect(to: "/betrokkenheid?gedaan=1")
    }

    static func end(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        try await service(req).end(id)
        return req.redirect(to: "/betrokkenheid?gedaan=1")
    }
}
