import Fluent
import Foundation
import Vapor

/// `plein config export|import` for operators: the same service as the administrator's page,
/// acting as Plein itself for one municipality.
public enum ConfigurationCommand {
    /// What went wrong, one line per problem, for stderr.
    public struct Failure: Error, CustomStringConvertible {
        public let lines: [String]
        public var description: String { lines.joined(separator: "\n") }
    }

    public static func export(municipality name: String?) async throws -> Data {
        try await PleinServer.withApplication { app in
            let service = try await service(app, municipality: name)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(try await service.export())
        }
    }

    /// Imports a file; returns a one-line summary.
    public static func `import`(_ data: Data, municipality name: String?) async throws -> String {
        try await PleinServer.withApplication { app in
            do {
                return try await service(app, municipality: name).import(data).text.nl
            } catch PleinError.invalid(let errors) {
                throw Failure(lines: ["Het bestand is niet ingelezen; er is niets veranderd:"] + errors.map { "  \($0.field): \($0.message.nl)" })
            }
        }
    }

    private static func service(_ app: Application, municipality name: String?) async throws -> ConfigurationService {
        var query = Organisation.query(on: app.db).filter(\.$kind == .gemeente)
        if let name { query = query.filter(\.$name == name) }
        let found = try await query.limit(2).all()
        guard found.count == 1, let municipality = found.first else {
            throw Failure(lines: [name.map { "Gemeente \"\($0)\" bestaat niet." }
                                  ?? "Noem de gemeente met --gemeente: deze installatie heeft er \(found.isEmpty ? "geen" : "meer dan één")."])
        }
        return ConfigurationService(database: app.db, actor: .system(try municipality.requireID()), audit: app.plein.audit)
    }
}
