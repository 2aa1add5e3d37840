import Vapor

enum AdminController {
    static func show(_ req: Request) async throws -> Response {
        let admin = try req.organisationAdmin
        let page = AdminPage(context: try await req.pageContext(), users: try await admin.accounts(),
                             clients: try await admin.apiClients())
        return req.html(page.render())
    }

    static func createAPIClient(_ req: Request) async throws -> Response {
        let admin = try req.organisationAdmin
        let name = req.formField("naam")
        do {
            let created = try await admin.createAPIClient(name: name)
            let page = AdminPage(context: try await req.pageContext(), users: try await admin.accounts(),
                                 clients: try await admin.apiClients(), newToken: (created.client.name, created.token))
            return req.html(page.render(), status: .created)
        } catch PleinError.invalid(let errors) {
            let page = AdminPage(context: try await req.pageContext(), users: try await admin.accounts(),
                                 clients: try await admin.apiClients(), clientName: name, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
    }
}
