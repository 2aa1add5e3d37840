import Vapor

enum HomeController {
    static func show(_ req: Request) async throws -> Response {
        let themes = try await ThemeService(database: req.database, actor: try? req.requireActor(), audit: req.application.plein.audit).enabledThemes()
        return req.html(HomePage(context: try await req.pageContext(), themes: themes).render())
    }
}
