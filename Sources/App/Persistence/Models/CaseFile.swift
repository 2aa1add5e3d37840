import Fluent
import SQLKit
import Foundation

/// A bijstand case (zaak): from the resident's draft application to the decision. The
/// application's answers live on the case; the counters and dates for the work queue are kept
/// here too, so a caseload of a million cases is one indexed query without joins.
final class CaseFile: Model, @unchecked Sendable {
    static let schema = "zaken"

    enum Status: String, Codable, CaseIterable, Sendable {
        /// The resident is still filling in the application; only they see it.
        case concept
        /// Submitted by someone under 27: four weeks of searching for work or education
        /// first (Participatiewet art. 41 lid 4).
        case zoekperiode
        case inBehandeling = "in_behandeling"
        case besloten
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "bsn") var bsn: String
    @Field(key: "naam") var residentName: String
    /// Lower-cased family name for indexed prefix search, as on `inwoners`.
    @Field(key: "zoeknaam") var searchName: String
    @Field(key: "referentie") var reference: String
    @Enum(key: "status") var status: Status
    @Field(key: "antwoorden") var answers: CheckAnswers
    @OptionalField(key: "ingediend_op") var submittedAt: Date?
    /// ISO dates (`YYYY-MM-DD`), portable across SQLite and PostgreSQL.
    @OptionalField(key: "zoekperiode_tot") var searchPeriodEnd: String?
    @OptionalField(key: "beslissen_voor") var decideBefore: String?
    @OptionalField(key: "behandelaar_id") var caseWorkerID: UUID?
    @OptionalField(key: "behandelaar_naam") var caseWorkerName: String?
    @Field(key: "opdrachten_open") var openAssignments: Int
    @Field(key: "opdrachten_te_beoordelen") var assignmentsToReview: Int
    /// The earliest deadline of an assignment that is still open.
    @OptionalField(key: "eerstvolgende_deadline") var nextDeadline: String?
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?
    @Timestamp(key: "gewijzigd_op", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, bsn: String, residentName: String, familyName: String, reference: String,
         answers: CheckAnswers) {
        self.organisationID = organisationID
        self.bsn = bsn
        self.residentName = residentName
        self.searchName = familyName.lowercased()
        self.reference = reference
        self.status = .concept
        self.answers = answers
        self.openAssignments = 0
        self.assignmentsToReview = 0
    }
}

extension CaseFile {
    /// Moves the case from one status to another in one conditional UPDATE, so two requests
    /// (a double click, the clock and a professional) cannot both make the same step. False when
    /// the case was no longer in `from`; then nothing changed. The caller saves its other fields after.
    func move(from: Status, to: Status, on database: any Database) async throws -> Bool {
        let moved = try await (database as! any SQLDatabase).update(CaseFile.schema)
            .set("status", to: to.rawValue).set("gewijzigd_op", to: Date())
            .where("id", .equal, id!).where("status", .equal, from.rawValue)
            .returning("id").all()
        guard !moved.isEmpty else { return false }
        status = to
        return true
    }

    /// Where to tell the case worker that something happened: their login name, an e-mail address.
    func caseWorkerEmail(on database: any Database) async throws -> String? {
        guard let caseWorkerID else { return nil }
        return try await User.find(caseWorkerID, on: database)?.username
    }
}
