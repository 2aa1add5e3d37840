import Crypto
import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Synchronization

/// The App's own SQL text for the busiest pages (the session, the work queue, a case's lists)
/// and the audit and processing logs, run on PostgreSQL as prepared statements: each text is
/// parsed and planned once per connection instead of on every request. Parsing, analysing and
/// planning were about a third of PostgreSQL's CPU on a work-queue page; a prepared statement
/// only binds and executes (after five runs PostgreSQL keeps a generic plan when it is no worse
/// than the custom ones, so a name search, whose LIKE needs the value to use its index, is still
/// planned per run). Other databases run the text as it is. PostgresNIO's prepared statements
/// are async; they cost no thread switch because a request runs on its connection's event loop
/// (`EventLoopTaskExecutor`).
///
/// The statement's parameter types are left to PostgreSQL to infer from the text, so every
/// bind must have the type of the column it is compared with or stored in. That holds for
/// Plein's schema: bigint, text, uuid, timestamptz, boolean; no integer or numeric columns.
enum PreparedStatements {
    /// At most this many texts are prepared; texts beyond it run unprepared. The App's texts
    /// are a few dozen (the work queue's filter combinations, the log inserts); the cap keeps a
    /// text that varies without bound from filling the connections' memory, as PostgresNIO keeps
    /// a connection's statements for its lifetime.
    static let capacity = 200

    /// The rows of `query`, on any database.
    static func rows(_ query: SQLQueryString, on database: any Database) async throws -> [any SQLRow] {
        if let postgres = database as? any PostgresDatabase {
            return try await postgresRows(query, on: postgres, as: database as! any SQLDatabase).map { $0.sql() }
        }
        return try await (database as! any SQLDatabase).raw(query).all()
    }

    /// Runs `query` for its effect, on any database.
    static func run(_ query: SQLQueryString, on database: any Database) async throws {
        _ = try await rows(query, on: database)
    }

    /// The rows of `query` on PostgreSQL, through the connection's prepared statement for its text.
    static func postgresRows(_ query: SQLQueryString, on postgres: any PostgresDatabase, as sql: any SQLDatabase) async throws -> [PostgresRow] {
        var serializer = SQLSerializer(database: sql)
        query.serialize(to: &serializer)
        let text = serializer.sql
        var bindings = PostgresBindings(capacity: serializer.binds.count)
        for bind in serializer.binds {
            if isNil(bind) {
                bindings.appendNull()
            } else if let value = bind as? any PostgresThrowingDynamicTypeEncodable {
                try bindings.append(value)
            } else {
                throw Unbindable(value: bind)
            }
        }
        let name = registry.name(for: text)
        return try await postgres.withConnection { [bindings] connection in
            connection.eventLoop.makeFutureOnLoop {
                guard let name else {
                    return try await connection.query(PostgresQuery(unsafeSQL: text, binds: bindings), logger: connection.logger).collect()
                }
                do {
                    return try await Statement.$current.withValue(.init(name: name, sql: text)) {
                        var rows: [PostgresRow] = []
                        for try await row in try await connection.execute(Statement(bindings: bindings), logger: connection.logger) {
                            rows.append(row)
                        }
                        return rows
                    }
                } catch let error as PSQLError {
                    registry.failed(error)
                    throw error
                }
            }
        }.get()
    }

    private static func isNil(_ value: any Encodable & Sendable) -> Bool { (value as? any OptionalBind)?.isNone ?? false }

    struct Unbindable: Error { let value: any Encodable & Sendable }

    /// PostgresNIO prepares a statement type's static `name` and `sql` once per connection. Its
    /// statements are meant to be written as one type each; Plein's texts are composed at run
    /// time (a filter adds conditions), so the one type reads them from the task that executes
    /// it, which PostgresNIO does before it sends anything.
    private struct Statement: PostgresPreparedStatement {
        typealias Row = PostgresRow

        struct Text: Sendable {
            let name: String
            let sql: String
        }

        @TaskLocal static var current = Text(name: "", sql: "")
        static var name: String { current.name }
        static var sql: String { current.sql }

        let bindings: PostgresBindings

        func makeBindings() throws -> PostgresBindings { bindings }
        func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
    }

    private static let registry = Registry()

    /// The statement name per text: a digest of the text, so every connection knows a text by
    /// the same name, with a generation that starts afresh after an error that may have left a
    /// connection's statement unusable: a table changed under it ("cached plan must not change
    /// result type", after another Plein's migration), or it was prepared in a failed
    /// transaction, which PostgresNIO would otherwise remember as that statement's error.
    private final class Registry: Sendable {
        private struct State {
            var generation = 0
            var names: [String: String] = [:]
        }

        private let state = Mutex(State())

        /// The name to prepare `text` under, or nil when the texts are at capacity.
        func name(for text: String) -> String? {
            state.withLock { state in
                if let name = state.names[text] { return name }
                guard state.names.count < PreparedStatements.capacity else { return nil }
                let digest = Hex.encode(Array(SHA256.hash(data: Data(text.utf8)).prefix(16)))
                let name = "plein_\(state.generation)_\(digest)"
                state.names[text] = name
                return name
            }
        }

        func failed(_ error: PSQLError) {
            // Only these classes can leave a statement unusable: 0A (the cached plan), 25 (an
            // aborted transaction), 26 (no such statement), 42 (a column or table gone). A data
            // error or a constraint violation leaves the statement as it was.
            guard let code = error.serverInfo?[.sqlState], ["0A", "25", "26", "42"].contains(String(code.prefix(2))) else { return }
            state.withLock { state in
                state.generation += 1
                state.names = [:]
            }
        }
    }
}

/// An optional bind, whatever it wraps: `\(bind: actor.id)` binds a `UUID?`.
private protocol OptionalBind { var isNone: Bool { get } }
extension Optional: OptionalBind { var isNone: Bool { self == nil } }
