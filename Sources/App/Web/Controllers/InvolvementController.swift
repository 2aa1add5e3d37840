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
        var query = FilterQuery(req)
        let number = min(query.page(), InvolvementService.lastPage)
        // A page number that is no page shows no signals rather than those of page 1.
        let matches = query.errors.isEmpty ? try await service.matches(page: number) : nil
        let page = InvolvementPage(context: try await req.pageContext(), matches: matches, page: number,
                                   own: try await service.own(), input: input, notice: notice, errors: query.errors + errors)
        return req.html(page.render(), status: !query.errors.isEmpty ? .badRequest : errors.isEmpty ? .ok : .unprocessableEntity)
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
