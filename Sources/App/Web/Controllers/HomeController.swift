import Vapor

enum HomeController {
    static func show(_ req: Request) async throws -> Response {
        req.html(HomePage(context: try await req.pageContext()).render())
    }
}
