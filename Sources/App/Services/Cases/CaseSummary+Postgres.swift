import FluentPostgresDriver
import Foundation
import SQLKit

extension CaseSummary {
    /// A page of the work queue on PostgreSQL, with the capped count that rides along as its last
    /// column (nil when the page is empty). The rows are decoded by position into typed values:
    /// SQLKit's decoder looked every column up by name, several times for an optional one, and
    /// went through Codable and dynamic casts, ≈ 11 % of the queue's CPU for 25 rows. The
    /// statement is prepared (`PreparedStatements`); other databases use `PlainRow`'s way.
    static func page(_ query: SQLQueryString, on postgres: any PostgresDatabase, as sql: any SQLDatabase)
        async throws -> (cases: [CaseSummary], counted: Int?) {
        let rows = try await PreparedStatements.postgresRows(query, on: postgres, as: sql)
        var counted: Int?
        let cases = try rows.map { row in
            let (id, referentie, naam, bsn, status, ingediend_op, zoekperiode_tot, beslissen_voor, behandelaar_naam,
                 opdrachten_open, opdrachten_te_beoordelen, eerstvolgende_deadline, aantal) = try row.decode(
                (UUID, String, String, String, String, Date?, String?, String?, String?, Int, Int, String?, Int).self)
            guard let status = CaseFile.Status(rawValue: status) else { throw UnknownStatus(value: status) }
            counted = aantal
            return CaseSummary(id: id, referentie: referentie, naam: naam, bsn: bsn, status: status, ingediend_op: ingediend_op,
                               zoekperiode_tot: zoekperiode_tot, beslissen_voor: beslissen_voor, behandelaar_naam: behandelaar_naam,
                               opdrachten_open: opdrachten_open, opdrachten_te_beoordelen: opdrachten_te_beoordelen,
                               eerstvolgende_deadline: eerstvolgende_deadline)
        }
        return (cases, counted)
    }

    struct UnknownStatus: Error { let value: String }
}
