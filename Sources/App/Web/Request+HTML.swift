import Vapor

extension Request {
    func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: body))
    }

    func pageContext() async throws -> PageContext { try await PageContext.from(self) }

    func formField(_ name: String) -> String { (try? content.get(String.self, at: name)) ?? "" }

    var savedCalculations: SavedCalculationService {
        get throws { SavedCalculationService(database: database, actor: try requireActor(), audit: application.plein.audit) }
    }

    var consents: ConsentService {
        get throws { ConsentService(database: database, actor: try requireActor(), audit: application.plein.audit) }
    }

    var organisationAdmin: OrganisationAdminService {
        get throws { OrganisationAdminService(database: database, actor: try requireActor(), audit: application.plein.audit) }
    }
}
