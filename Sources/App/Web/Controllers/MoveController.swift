import Vapor

/// The resident reports a move once.
enum MoveController {
    private static func service(_ req: Request) throws -> MoveService {
        MoveService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
    }

    static func form(_ req: Request) async throws -> Response {
        let reports = try await service(req).reports()
        return req.html(MovePage(context: try await req.pageContext(), reports: reports,
                                 justReported: (try? req.query.get(String.self, at: "gemeld")) != nil).render())
    }

    static func report(_ req: Request) async throws -> Response {
        let input = MoveService.Input(postcode: req.formField("postcode"), houseNumber: req.formField("huisnummer"),
                                      town: req.formField("woonplaats"), moveDate: req.formField("verhuisdatum"))
        let service = try service(req)
        do {
            try await service.report(input, today: .today)
        } catch PleinError.invalid(let errors) {
            let page = MovePage(context: try await req.pageContext(), reports: try await service.reports(), input: input, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
        return req.redirect(to: "/verhuizing?gemeld=1")
    }
}
