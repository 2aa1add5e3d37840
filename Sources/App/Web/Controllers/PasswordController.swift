import Vapor

enum PasswordController {
    static func form(_ req: Request) async throws -> Response {
        _ = try req.requireActor()
        return req.html(PasswordPage(context: try await req.pageContext()).render())
    }

    static func change(_ req: Request) async throws -> Response {
        let settings = req.application.plein.settings
        let service = PasswordChangeService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit,
                                            threadPool: req.application.threadPool, bcryptCost: settings.bcryptCost)
        do {
            try await service.change(current: req.formField("huidigWachtwoord"), new: req.formField("nieuwWachtwoord"),
                                     repeated: req.formField("herhaalWachtwoord"), keepingSessionToken: req.state.sessionToken)
            return req.html(PasswordPage(context: try await req.pageContext(), changed: true).render())
        } catch PleinError.invalid(let errors) {
            return req.html(PasswordPage(context: try await req.pageContext(), errors: errors).render(), status: .unprocessableEntity)
        }
    }
}
