import Fluent
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

    struct Page: Sendable {
        let cases: [CaseFile]
        let total: Int
        let page: Int
        var pageCount: Int { max(1, (total + CaseService.pageSize - 1) / CaseService.pageSize) }
    }

    /// The organisation's submitted cases matching the filter, most recently changed first.
    /// Every condition is on an indexed column of `zaken`; progress comes from the counters on
    /// the case, so one page is two queries however large the caseload.
    func workQueue(_ filter: WorkQueueFilter, today: CivilDate) async throws -> Page {
        guard actor.mayWorkWithResidents else {
            try await audit.record("werkvoorraad-inzien", by: actor, outcome: .geweigerd, on: database)
            throw PleinError.forbidden(LocalizedText(nl: "Alleen professionals van de gemeente zien de werkvoorraad.",
                                                     en: "Only the municipality's professionals see the work queue."))
        }
        let page = max(1, filter.page)
        var query = CaseFile.query(on: database).filter(\.$organisationID == actor.organisationID)
        let text = filter.query.trimmingCharacters(in: .whitespaces)
        if let bsn = BSN(text) {
            query = query.filter(\.$bsn == bsn.digits)
        } else if text.uppercased().hasPrefix("BB-") {
            query = query.filter(\.$reference == text.uppercased())
        } else if !text.isEmpty {
            query = query.filter(\.$searchName, .contains(inverse: false, .prefix), text.lowercased())
        }
        if let status = filter.status { query = query.filter(\.$status == status) } else { query = query.filter(\.$status != .concept) }
        if filter.onlyMine, let id = actor.id { query = query.filter(\.$caseWorkerID == id) }
        switch filter.urgency {
        case .teLaat: query = query.filter(\.$nextDeadline < today.description)
        case .binnenkort:
            query = query.filter(\.$nextDeadline >= today.description)
                .filter(\.$nextDeadline <= today.adding(days: WorkQueueFilter.dueSoonDays).description)
        case .beoordelen: query = query.filter(\.$assignmentsToReview > 0)
        case nil: break
        }
        let total = try await query.count()
        let cases = try await query.sort(\.$updatedAt, .descending).sort(\.$reference)
            .range(((page - 1) * Self.pageSize)..<(page * Self.pageSize)).all()
        try await audit.record("werkvoorraad-inzien", by: actor, processing: access.processing,
                               subjects: cases.map(\.bsn), on: database)
        return Page(cases: cases, total: total, page: page)
    }

    func open(_ id: UUID) async throws -> CaseFile { try await access.open(id, for: "zaak-inzien") }

    /// The case's timeline: everything for professionals, the resident's lines for the resident.
    func timeline(of file: CaseFile) async throws -> [CaseEvent] {
        var query = CaseEvent.query(on: database).filter(\.$caseID == file.id!)
        if actor.isResident { query = query.filter(\.$shownToResident == true) }
        return try await query.sort(\.$at).all()
    }

    /// The professional takes the case on as its case worker.
    func takeOn(_ id: UUID) async throws {
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
        let file = try await access.open(id, for: "zoekperiode-beeindigen")
        try await access.requireCaseWorker("zoekperiode-beeindigen", on: file)
        guard file.status == .zoekperiode else { throw PleinError.notFound }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw PleinError.invalid([FieldError(field: "reden", message: .init(
                nl: "Schrijf waarom de zoekperiode eerder stopt.", en: "Write why the search period ends early."))])
        }
        let access = self.access
        try await database.transaction { transaction in
            try await Self.startTreatment(file, today: today, detail: String(trimmed.prefix(500)), by: access, in: transaction)
        }
    }

    /// After the search period the application is taken into treatment; the decision term of
    /// eight weeks runs from then (Awb art. 4:13).
    static func startTreatment(_ file: CaseFile, today: CivilDate, detail: String?, by access: CaseAccess,
                               in database: any Database) async throws {
        file.status = .inBehandeling
        file.decideBefore = today.adding(days: ApplicationTerms.decisionTermDays).description
        try await file.save(on: database)
        try await access.event(.inBehandeling, on: file, detail: detail, in: database)
    }
}
