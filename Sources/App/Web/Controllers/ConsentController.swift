import Foundation
import Vapor

/// The resident's consent page.
enum ConsentController {
    static func show(_ req: Request) async throws -> Response {
        let grantees = try await req.consents.grantees()
        return req.html(ConsentPage(context: try await req.pageContext(), grantees: grantees,
                                    saved: (try? req.query.get(String.self, at: "opgeslagen")) != nil).render())
    }

    static func save(_ req: Request) async throws -> Response {
        guard let organisation = req.parameters.get("organisatie").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        let chosen = Set(Consent.Category.allCases.filter { req.formField($0.rawValue) == "ja" })
        try await req.consents.set(chosen, for: organisation)
        return req.redirect(to: "/toestemmingen?opgeslagen=1")
    }
}
