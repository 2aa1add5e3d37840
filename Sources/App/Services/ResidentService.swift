import Fluent
import Foundation
import PleinDomain

/// The only way to residents' personal data. Every method is scoped to the actor's
/// organisation (and for a resident, to their own BSN), refuses what the role may not do,
/// and writes the audit and processing logs.
struct ResidentService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    static let pageSize = 25
    static func pageCount(_ total: Int) -> Int { max(1, (total + pageSize - 1) / pageSize) }

    struct SearchResult: Sendable {
        let residents: [Resident]
        let total: Int
        let page: Int
        var pageCount: Int { ResidentService.pageCount(total) }
    }

    private var caseWork: AuditRecorder.Processing {
        .init(activity: "inwoner-behandelen", purpose: "Uitvoering dienstverlening sociaal domein",
              organisationID: actor.organisationID)
    }

    private static let workOnlyForProfessionals = LocalizedText(
        nl: "Alleen professionals van deze organisatie mogen gegevens van inwoners bekijken.",
        en: "Only professionals of this organisation may view residents' data.")

    /// Refuses (and audits the refusal) when the actor may not work with residents.
    func requireCaseWorker(_ action: String) async throws {
        try await audit.requireWorkingWithResidents(action, by: actor, refusal: Self.workOnlyForProfessionals, on: database)
    }

    /// Residents of the actor's organisation, by BSN (exact) or family name (prefix).
    func search(_ query: String, page: Int) async throws -> SearchResult {
        try await requireCaseWorker("inwoners-zoeken")
        let started = Date()
        var builder = Resident.query(on: database).filter(\.$organisationID == actor.organisationID)
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if let bsn = BSN(trimmed) {
            builder = builder.filter(\.$bsn == bsn.digits)
        } else if !trimmed.isEmpty {
            builder = builder.filter(\.$searchName, .contains(inverse: false, .prefix), trimmed.lowercased())
        }
        let total = try await builder.count()
        // A page past the last shows the last one, so the offset stays within the rows found
        // (a page number near Int.max would otherwise overflow and stop the process).
        let page = min(max(1, page), Self.pageCount(total))
        let residents = try await builder
            .sort(\.$searchName).sort(\.$givenNames)
            .range(((page - 1) * Self.pageSize)..<(page * Self.pageSize))
            .all()
        try await audit.record("inwoners-zoeken", by: actor, processing: caseWork,
                               subjects: residents.map(\.bsn), startedAt: started, on: database)
        return SearchResult(residents: residents, total: total, page: page)
    }

    /// One resident of the actor's organisation. A record of another organisation is refused
    /// and the refusal is logged; it is not a 404, so the auditor sees the attempt for what it was.
    func resident(id: UUID) async throws -> Resident {
        try await requireCaseWorker("inwoner-inzien")
        let started = Date()
        guard let resident = try await Resident.find(id, on: database) else { throw PleinError.notFound }
        guard resident.organisationID == actor.organisationID else {
            try await audit.record("inwoner-inzien", by: actor, object: ("inwoner", id.uuidString),
                                   outcome: .geweigerd, on: database)
            throw PleinError.forbidden(LocalizedText(
                nl: "Deze inwoner is niet bekend bij uw organisatie. U kunt de gegevens niet inzien.",
                en: "This resident is not known to your organisation. You cannot view the data."))
        }
        try await audit.record("inwoner-inzien", by: actor, object: ("inwoner", id.uuidString),
                               processing: caseWork, subjects: [resident.bsn], startedAt: started, on: database)
        return resident
    }

    /// Registers a resident with the actor's organisation. Validation, the write and both logs
    /// happen in one transaction: all or nothing.
    func register(_ input: ResidentInput, today: CivilDate) async throws -> Resident {
        try await requireCaseWorker("inwoner-registreren")
        let valid = try input.validated(today: today).get()
        let organisationID = actor.organisationID
        let exists = try await Resident.query(on: database)
            .filter(\.$organisationID == organisationID).filter(\.$bsn == valid.bsn.digits).count() > 0
        guard !exists else {
            throw PleinError.invalid([FieldError(field: "bsn", message: LocalizedText(
                nl: "Er is al een inwoner met dit BSN bij uw organisatie.",
                en: "A resident with this BSN is already registered with your organisation."))])
        }
        let actor = self.actor, audit = self.audit, processing = caseWork
        return try await database.transaction { transaction in
            let resident = Resident(
                organisationID: organisationID, bsn: valid.bsn.digits, givenNames: valid.givenNames,
                familyName: valid.familyName, birthDate: valid.birthDate.description,
                postcode: valid.postcode.value, houseNumber: valid.houseNumber, town: valid.town,
                email: valid.email, iban: valid.iban?.electronic)
            try await resident.create(on: transaction)
            try await audit.record("inwoner-registreren", by: actor, object: ("inwoner", resident.id!.uuidString),
                                   processing: processing, subjects: [resident.bsn], on: transaction)
            return resident
        }
    }

    /// The resident's household as their municipality knows it (themselves first), to prefill
    /// "Check je rechten". Only the own household, and logged as the resident's own use.
    func ownHousehold() async throws -> [Resident] {
        guard actor.isResident, let bsn = actor.bsn else { return [] }
        guard let own = try await Resident.query(on: database)
            .filter(\.$organisationID == actor.organisationID).filter(\.$bsn == bsn).first()
        else { return [] }
        var members = [own]
        if let householdID = own.householdID {
            members += try await Resident.query(on: database)
                .filter(\.$organisationID == actor.organisationID).filter(\.$householdID == householdID)
                .filter(\.$id != own.id!).all()
        }
        try await audit.record("rekenhulp-vooraf-invullen", by: actor,
                               processing: .init(activity: "inzage-betrokkene", purpose: "Check je rechten vooraf invullen op verzoek van de inwoner",
                                                 organisationID: actor.organisationID),
                               subjects: members.map(\.bsn), on: database)
        return members
    }

    /// A resident's own records at their municipality, for "Mijn gegevens".
    func ownRecords() async throws -> [Resident] {
        let bsn = try actor.residentBSN()
        let records = try await Resident.query(on: database)
            .filter(\.$organisationID == actor.organisationID).filter(\.$bsn == bsn).all()
        try await audit.record("eigen-gegevens-inzien", by: actor,
                               processing: .ownInspection(by: actor.organisationID),
                               subjects: [bsn], on: database)
        return records
    }
}
