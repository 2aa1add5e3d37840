import Foundation
import OpenAPIRuntime
import Vapor

/// The verwijsindex for partner systems, over the same service as the professionals' page.
extension APIHandler {
    private static func involvements(_ request: Request) throws -> InvolvementService {
        InvolvementService(database: request.database, actor: try request.requireActor(), audit: request.application.plein.audit)
    }

    func zoekBetrokkenheden(_ input: Operations.ZoekBetrokkenheden.Input) async throws -> Operations.ZoekBetrokkenheden.Output {
        let request = try APIRequestContext.current
        let own = try await Self.involvements(request).own()
        let name = try await Organisation.find(try request.requireActor().organisationID, on: request.database)?.name ?? ""
        return .ok(.init(body: .json(.init(betrokkenheden: own.map {
            .init(bsn: $0.bsn, organisatie: name, contactpersoon: $0.contactName, contact: $0.contact, sinds: $0.since)
        }))))
    }

    func registreerBetrokkenheid(_ input: Operations.RegistreerBetrokkenheid.Input) async throws -> Operations.RegistreerBetrokkenheid.Output {
        let request = try APIRequestContext.current
        let body = switch input.body { case .json(let json): json }
        let involvement = try await Self.involvements(request).register(
            .init(bsn: body.bsn, contactName: body.contactpersoon, contact: body.contact, since: body.sinds ?? ""), today: .today)
        let name = try await Organisation.find(involvement.organisationID, on: request.database)?.name ?? ""
        return .created(.init(body: .json(.init(bsn: involvement.bsn, organisatie: name, contactpersoon: involvement.contactName,
                                                contact: involvement.contact, sinds: involvement.since))))
    }

    func zoekSignalen(_ input: Operations.ZoekSignalen.Input) async throws -> Operations.ZoekSignalen.Output {
        let request = try APIRequestContext.current
        let matches = try await Self.involvements(request).matches(page: input.query.pagina ?? 1)
        return .ok(.init(body: .json(.init(betrokkenheden: matches.map {
            .init(bsn: $0.bsn, organisatie: $0.organisationName, contactpersoon: $0.contactName, contact: $0.contact, sinds: $0.since)
        }))))
    }
}
