import Foundation
import Vapor

/// Mijn Plein and the resident's own income parts.
enum MyPleinController {
    private static func income(_ req: Request) throws -> IncomeService {
        IncomeService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
    }

    static func show(_ req: Request) async throws -> Response {
        let overview = try await MyPleinService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
            .overview(today: .today)
        let themes = try await ThemeService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit).enabledThemes()
        return req.html(MyPleinPage(context: try await req.pageContext(), overview: overview, themes: themes).render())
    }

    static func incomeForm(_ req: Request) async throws -> Response {
        try await incomePage(req)
    }

    static func addIncome(_ req: Request) async throws -> Response {
        let input = IncomeService.Input(kind: req.formField("soort"), payer: req.formField("betaler"), amount: req.formField("bedrag"),
                                        frequency: req.formField("frequentie"), firstPayment: req.formField("eersteBetaling"),
                                        lastPayment: req.formField("laatsteBetaling"))
        do {
            try await income(req).addOwn(input, today: .today)
        } catch PleinError.invalid(let errors) {
            return try await incomePage(req, input: input, errors: errors)
        }
        return req.redirect(to: "/mijn-plein#inkomen")
    }

    static func removeIncome(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        try await income(req).end(id)
        return req.redirect(to: "/mijn-plein/inkomen")
    }

    private static func incomePage(_ req: Request, input: IncomeService.Input? = nil, errors: [FieldError] = []) async throws -> Response {
        let own = try await income(req).overview(today: .today).parts.filter(\.enteredByResident)
        var page = IncomePage(context: try await req.pageContext(), own: own, errors: errors)
        if let input { page.input = input }
        return req.html(page.render(), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
