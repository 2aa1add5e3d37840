import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit

/// A read of plain rows (see `PlainRow`) that can run alone, or together with other reads in one
/// round trip (`RowsBatch`). The case page shows five lists; as five statements they
/// were five round trips, each costing Plein and PostgreSQL more CPU than the rows themselves.
struct RowsQuery<Row: PlainRow>: Sendable {
    let table: String
    let condition: SQLQueryString
    let order: String

    /// A read of `table` that finds nothing, for a list the actor does not get to see.
    static func none(from table: String) -> RowsQuery { RowsQuery(table: table, condition: "FALSE", order: "1") }

    func all(on database: any Database) async throws -> [Row] {
        try await Row.all(from: table, where: condition + " ORDER BY \(unsafeRaw: order)", on: database)
    }

    /// The rows as one JSON array, in order: a column of a statement that reads several lists.
    var jsonAggregate: SQLQueryString {
        let fields = Row.CodingKeys.allCases.map { "'\($0.stringValue)', \"\($0.stringValue)\"" }.joined(separator: ", ")
        return "(SELECT COALESCE(json_agg(json_build_object(\(unsafeRaw: fields)) ORDER BY \(unsafeRaw: order)), '[]'::json)::text FROM \(unsafeRaw: table) WHERE " + condition + ")"
    }

    func decode(json: String) throws -> [Row] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = JSONTimestamp.date(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Not a timestamp: \(text)"))
            }
            return date
        }
        return try decoder.decode([Row].self, from: Data(json.utf8))
    }
}
