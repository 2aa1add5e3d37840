import Fluent
import SQLKit

/// A row read straight from SQL into a plain struct, for what the busiest pages list (the work
/// queue; a case's timeline, assignments, documents, messages, templates and decision). Fluent
/// builds every query and every model through reflection, which cost more CPU than the queries
/// themselves on those pages. The struct's coding keys name the columns, so the select list is
/// written once, and the statement is SQL text: no identifier escaping per request either.
protocol PlainRow: Decodable, Sendable {
    associatedtype CodingKeys: CodingKey, CaseIterable
}

extension PlainRow {
    /// The quoted columns to select, in the order of the coding keys.
    static var columns: String { CodingKeys.allCases.map { "\"\($0.stringValue)\"" }.joined(separator: ", ") }

    /// The rows of `table` for which `condition` holds; the condition may end in an ORDER BY.
    static func all(from table: String, where condition: SQLQueryString, on database: any Database) async throws -> [Self] {
        try await PreparedStatements.rows("SELECT \(unsafeRaw: columns) FROM \(unsafeRaw: table) WHERE " + condition, on: database)
            .map { try $0.decode(model: Self.self) }
    }
}
