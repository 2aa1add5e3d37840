import Fluent
import FluentPostgresDriver
import FluentSQL
import SQLKit
import Foundation
import PleinDomain

/// The professional's work on cases: the work queue, opening a case with its timeline, taking
/// a case on, and ending a search period early.
struct CaseService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    static let pageSize = 25
    var access: CaseAccess { CaseAccess(database: database, actor: actor, audit: audit) }

    /// Counting a million rows exactly costs more than the page itself; beyond this the queue
    /// says "more than 1,000" (40 pages) and asks to search or filter.
    static let countCap = 1_000

    /// Pages for a (capped) number of matches; at least one.
    static func pageCount(_ total: Int) -> Int { max(1, (min(total, countCap) + pageSize - 1) / pageSize) }

    struct Page: Sendable {
        let cases: [CaseSummary]
        /// The number of matching cases, at most `countCap + 1` (then: "more than `countCap`").
        let total: Int
        let page: Int
        var isCapped: Bool { total > CaseService.countCap }
        var pageCount: Int { CaseService.pageCount(total) }
    }

    /// Only the municipality's professionals see the work queue. Also checked on its own before
    /// the queue's page names a bad filter, so nobody else gets even the empty form.
    func requireWorkQueue() async throws {
        try await audit.requireWorkingWithResidents("werkvoorraad-inzien", by: actor, refusal: .init(nl: "Alleen professionals van de gemeente zien de werkvoorraad.", en: "Only the municipality's professionals see the work queue."), on: database)
    }

    /// The organisation's submitted cases matching the filter. Every condition is on an indexed
    /// column of `zaken` and progress comes from the counters on the case, so one page is one
    /// query (with the capped count) however large the caseload.
    func workQueue(_ filter: WorkQueueFilter, today: CivilDate) async throws -> Page {
        try await requireWorkQueue()
        let sql = database as! any SQLDatabase
        let text = filter.query.trimmingCharacters(in: .whitespaces)
        let byName = !text.isEmpty && BSN(text) == nil && !text.uppercased().hasPrefix("BB-")
        // The same conditions for the count and the page, written once, as SQL text: SQLKit's
        // builder escaped every identifier again on every request.
        var matching: SQLQueryString = "organisatie_id = \(bind: actor.organisationID)"
        if let bsn = BSN(text) {
            matching += " AND bsn = \(bind: bsn.digits)"
        } else if text.uppercased().hasPrefix("BB-") {
            matching += " AND referentie = \(bind: text.uppercased())"
        } else if byName {
            // A prefix; the LIKE wildcards are not name characters, so they are dropped.
            matching += " AND zoeknaam LIKE \(bind: text.lowercased().filter { $0 != "%" && $0 != "_" } + "%")"
        }
        // Drafts are the resident's alone, whatever status is asked for. Written out, not bound:
        // the partial index zaken_werkvoorraad has this very condition.
        matching += " AND status <> '\(unsafeRaw: CaseFile.Status.concept.rawValue)'"
        if let status = filter.status { matching += " AND status = \(bind: status.rawValue)" }
        if filter.onlyMine, let id = actor.id { matching += " AND behandelaar_id = \(bind: id)" }
        switch filter.urgency {
        case .teLaat: matching += " AND eerstvolgende_deadline < \(bind: today.description)"
        case .binnenkort:
            matching += " AND eerstvolgende_deadline >= \(bind: today.description)"
                + " AND eerstvolgende_deadline <= \(bind: today.adding(days: WorkQueueFilter.dueSoonDays).description)"
        // Written out, not bound: the partial index zaken_te_beoordelen has this very condition.
        case .beoordelen: matching += " AND opdrachten_te_beoordelen > 0"
        case nil: break
        }
        // Each order is one an index delivers: a name search alphabetically (then newest first),
        // the urgency views by deadline, everything else by the last change.
        let order = (byName ? "zoeknaam, " : "")
            + (filter.urgency == .teLaat || filter.urgency == .binnenkort ? "eerstvolgende_deadline, " : "")
            + "gewijzigd_op DESC"
        // Counting a million rows costs more than the page: count at most countCap + 1, walking
        // the same index as the page.
        let count: SQLQueryString = "SELECT COUNT(*) AS n FROM (SELECT 1 FROM \(unsafeRaw: CaseFile.schema) WHERE " + matching
            + " ORDER BY \(unsafeRaw: order) LIMIT \(literal: Self.countCap + 1)) AS gevonden"
        // The count rides along with the page as a column, one round trip for both; PostgreSQL
        // and SQLite compute such an uncorrelated subquery once, not per row.
        func rows(onPage page: Int) async throws -> (cases: [CaseSummary], counted: Int?) {
            let query: SQLQueryString = "SELECT \(unsafeRaw: CaseSummary.columns), (" + count + ") AS aantal_gevonden FROM \(unsafeRaw: CaseFile.schema) WHERE "
                + matching + " ORDER BY \(unsafeRaw: order), referentie LIMIT \(literal: Self.pageSize) OFFSET \(bind: (page - 1) * Self.pageSize)"
            if let postgres = database as? any PostgresDatabase { return try await CaseSummary.page(query, on: postgres, as: sql) }
            let found = try await sql.raw(query).all()
            return (try found.map { try $0.decode(model: CaseSummary.self) }, try found.first?.decode(column: "aantal_gevonden", as: Int.self))
        }
        // No page lies beyond the counted ones, so no offset can grow past them (or overflow).
        let requested = min(max(1, filter.page), Self.pageCount(Self.countCap))
        var found = try await rows(onPage: requested)
        var total = found.counted ?? 0
        // An empty page says nothing about the count; and pages beyond the counted ones show the
        // last counted page, so the offset stays small.
        if found.cases.isEmpty { total = try await sql.raw(count).first(decodingColumn: "n", as: Int.self) ?? 0 }
        let page = min(requested, Self.pageCount(total))
        if page != requested { found = try await rows(onPage: page) }
        let cases = found.cases
        try await audit.record("werkvoorraad-inzien", by: actor, processing: access.processing,
                               subjects: cases.map(\.bsn), on: database)
        return Page(cases: cases, total: total, page: page)
    }

    func open(_ id: UUID) async throws -> CaseFile { try await access.open(id, for: "zaak-inzien") }

    /// The case to show, read-only (the case page): the same gate and audit as `open`.
    func view(_ id: UUID) async throws -> CaseRecord { try await access.view(id, for: "zaak-inzien") }

    /// The case's timeline: everything for professionals, the resident's lines for the resident.
    func timeline(of file: some CaseScope) -> RowsQuery<CaseEventRow> {
        let forResident: SQLQueryString = actor.isResident ? " AND voor_inwoner = \(bind: true)" : ""
        return RowsQuery(table: CaseEvent.schema, condition: "zaak_id = \(bind: file.caseID) AND organisatie_id = \(bind: file.organisationID)" + forResident, order: "op")
    }

    /// The professional takes the case on as its case worker.
    func takeOn(_ id: UUID) async throws {
        try await access.requireCaseWorkerRole("zaak-oppakken", object: ("zaak", id.uuidString))
        let file = try await access.open(id, for: "zaak-oppakken")
        try await access.requireCaseWorker("zaak-oppakken", on: file)
        guard file.status != .besloten else { return }
        let access = self.access, actor = self.actor
        try await database.transaction { transaction in
            file.caseWorkerID = actor.id
            file.caseWorkerName = actor.name
            try await file.save(on: transaction)
            try await access.event(.behandelaarToegewezen, on: file, detail: actor.name, in: transaction)
        }
    }

    /// Ends the search period before the four weeks are over, when the resident's
    /// circumstances call for it (Participatiewet art. 41 lid 4 exceptions, lid 11 from 2026).
    func endSearchPeriod(_ id: UUID, reason: String, today: CivilDate) async throws {
        try await access.requireCaseWorkerRole("zoekperiode-beeindigen", object: ("zaak", id.uuidString))
        let file = try await access.open(id, for: "zoekperiode-beeindigen")
        try await access.requireCaseWorker("zoekperiode-beeindigen", on: file)
        guard file.status == .zoekperiode else { throw PleinError.notFound }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw PleinError.invalid([FieldError(field: "reden", message: .init(
                nl: "Schrijf waarom de zoekperiode eerder stopt.", en: "Write why the search period ends early."))])
        }
        // Refused, not cut off: the reason is part of the case's record.
        guard trimmed.count <= 500 else {
            throw PleinError.invalid([FieldError(field: "reden", message: .init(
                nl: "De reden is te lang: hoogstens 500 tekens.", en: "The reason is too long: at most 500 characters."))])
        }
        let access = self.access
        try await database.transaction { transaction in
            try await Self.startTreatment(file, from: today, detail: trimmed, by: access, in: transaction)
        }
    }

    /// After the search period the application is taken into treatment; the decision term of
    /// eight weeks runs from then (Awb art. 4:13).
    /// `from` is the day the application counts as made: today when the professional ends the
    /// search period early, the search period's last day when the clock ends it (however late).
    /// Nothing happens when the case has left the search period meanwhile.
    static func startTreatment(_ file: CaseFile, from day: CivilDate, detail: String?, by access: CaseAccess,
                               in database: any Database) async throws {
        guard try await file.move(from: .zoekperiode, to: .inBehandeling, on: database) else { return }
        file.decideBefore = day.adding(days: ApplicationTerms.decisionTermDays).description
        try await file.save(on: database)
        try await access.event(.inBehandeling, on: file, detail: detail, in: database)
    }
}
