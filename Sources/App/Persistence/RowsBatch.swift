import Fluent
import FluentPostgresDriver
import SQLKit

/// Several reads of plain rows at once (`RowsQuery`): on PostgreSQL one statement with a JSON
/// array per read, so the case page's five lists cost one round trip instead of five; elsewhere
/// one statement per read.
enum RowsBatch {
    static func all<each R: PlainRow>(_ queries: repeat RowsQuery<each R>, on database: any Database) async throws -> (repeat [each R]) {
        guard database is any PostgresDatabase else {
            func run<One: PlainRow>(_ query: RowsQuery<One>) async throws -> [One] { try await query.all(on: database) }
            return (repeat try await run(each queries))
        }
        var select: SQLQueryString = "SELECT "
        var count = 0
        for query in repeat each queries {
            select = select + (count == 0 ? "" : ", ") + query.jsonAggregate + " AS l\(unsafeRaw: String(count))"
            count += 1
        }
        guard let row = try await PreparedStatements.rows(select, on: database).first else { return (repeat [] as [each R]) }
        var column = 0
        func decode<One: PlainRow>(_ query: RowsQuery<One>) throws -> [One] {
            defer { column += 1 }
            return try query.decode(json: row.decode(column: "l\(column)", as: String.self))
        }
        return (repeat try decode(each queries))
    }
}
