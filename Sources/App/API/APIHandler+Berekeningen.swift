import Foundation
import OpenAPIRuntime
import PleinRules

/// The calculation operations hand the request's JSON to the rules engine unchanged, so the
/// API, `plein check` and the wizard share one validator that names every invalid field.
extension APIHandler {
    func maakBerekening(_ input: Operations.MaakBerekening.Input) async throws -> Operations.MaakBerekening.Output {
        let body = switch input.body { case .json(let json): json }
        try await Self.recordUse("berekening-maken")
        let result = try Self.engineResult(BerekeningJSON.bereken(try JSONEncoder().encode(body)))
        return .ok(.init(body: .json(result)))
    }

    func berekenWerkenLoont(_ input: Operations.BerekenWerkenLoont.Input) async throws -> Operations.BerekenWerkenLoont.Output {
        let body = switch input.body { case .json(let json): json }
        try await Self.recordUse("werken-loont-berekenen")
        let result = try Self.engineResult(BerekeningJSON.werkenLoont(try JSONEncoder().encode(body)))
        return .ok(.init(body: .json(result)))
    }

    /// A calculation stores nothing and names no data subject (no BSN), so it has no
    /// processing-log entry; the audit log still records which partner system asked.
    private static func recordUse(_ action: String) async throws {
        let request = try APIRequestContext.current
        try await request.application.plein.audit.record(action, by: try request.requireActor(), on: request.database)
    }

    private static func engineResult(_ result: Result<Data, RulesError>) throws -> OpenAPIObjectContainer {
        switch result {
        case .success(let data):
            return try JSONDecoder().decode(OpenAPIObjectContainer.self, from: data)
        case .failure(let error):
            throw PleinError.invalid(error.fieldErrors.map {
                FieldError(field: $0.path, message: LocalizedText(nl: $0.message, en: $0.message))
            })
        }
    }
}
