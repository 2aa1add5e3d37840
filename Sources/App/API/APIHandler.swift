import Fluent
import Foundation
import OpenAPIRuntime
import PleinDomain
import Vapor

/// The API operations. Each maps the typed input to the same service call the pages use and
/// the result to the typed output; errors are thrown and become problem+json in
/// ErrorResponseMiddleware.
struct APIHandler: APIProtocol {
    func zoekInwoners(_ input: Operations.ZoekInwoners.Input) async throws -> Operations.ZoekInwoners.Output {
        let request = try APIRequestContext.current
        let result = try await request.residents.search(input.query.zoek ?? "", page: input.query.pagina ?? 1)
        return .ok(.init(body: .json(.init(
            inwoners: result.residents.map(Self.inwoner), pagina: result.page,
            aantalPaginas: result.pageCount, totaal: result.total))))
    }

    func registreerInwoner(_ input: Operations.RegistreerInwoner.Input) async throws -> Operations.RegistreerInwoner.Output {
        let request = try APIRequestContext.current
        let body = switch input.body { case .json(let json): json }
        let resident = try await request.residents.register(ResidentInput(
            bsn: body.bsn, givenNames: body.voornamen, familyName: body.achternaam, birthDate: body.geboortedatum,
            postcode: body.postcode, houseNumber: body.huisnummer, town: body.woonplaats,
            email: body.email ?? "", iban: body.iban ?? ""), today: .today)
        return .created(.init(body: .json(Self.inwoner(resident))))
    }

    func haalInwonerOp(_ input: Operations.HaalInwonerOp.Input) async throws -> Operations.HaalInwonerOp.Output {
        let request = try APIRequestContext.current
        guard let id = UUID(uuidString: input.path.inwonerId) else { throw PleinError.notFound }
        return .ok(.init(body: .json(Self.inwoner(try await request.residents.resident(id: id)))))
    }

    /// A JSON euro amount as the services read typed amounts ("1234,56"); out of range, or
    /// with more than two decimals, becomes text the service refuses for the field (with the
    /// other invalid fields). Never rounded: 1000.005 in a decision or an income part is a
    /// mistake to name, not an amount to guess.
    static func amountText(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9, abs(value * 100 - (value * 100).rounded()) < 1e-6 else { return "ongeldig" }
        return String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }

    static func euro(_ cents: Int64) -> Double { Double(cents) / 100 }

    private static func inwoner(_ resident: Resident) -> Components.Schemas.Inwoner {
        .init(id: resident.id!.uuidString, bsn: resident.bsn, voornamen: resident.givenNames,
              achternaam: resident.familyName, geboortedatum: resident.birthDate, postcode: resident.postcode,
              huisnummer: resident.houseNumber, woonplaats: resident.town, email: resident.email, iban: resident.iban)
    }
}
