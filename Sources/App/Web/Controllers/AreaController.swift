import Foundation
import Vapor

/// The functional administrator's wijken.
enum AreaController {
    private static func service(_ req: Request) throws -> AreaService {
        AreaService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
    }

    static func index(_ req: Request) async throws -> Response {
        try await page(req)
    }

    static func add(_ req: Request) async throws -> Response {
        let input = AreaService.Input(name: req.formField("naam"), from: req.formField("van"), through: req.formField("totEnMet"),
                                      servedBy: req.formField("bediendDoor"))
        do {
            try await service(req).add(input)
        } catch PleinError.invalid(let errors) {
            return try await page(req, input: input, errors: errors)
        }
        return req.redirect(to: "/beheer/gebieden")
    }

    static func remove(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        try await service(req).remove(id)
        return req.redirect(to: "/beheer/gebieden")
    }

    private static func page(_ req: Request, input: AreaService.Input = .init(), errors: [FieldError] = []) async throws -> Response {
        let service = try service(req)
        let page = AreasPage(context: try await req.pageContext(), areas: try await service.administered(), teams: try await service.teams(),
                             input: input, errors: errors)
        return req.html(page.render(), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
