import Fluent
import SQLKit
import Foundation

/// The one gate to a case and everything in it (assignments, messages, documents, decision).
/// A resident reaches only their own cases at their municipality; professionals, regisseurs and
/// partner systems only their organisation's submitted cases; nobody else. Every opening is
/// written to the audit log, and to the processing log with the resident's pseudonym.
struct CaseAccess: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    var processing: AuditRecorder.Processing {
        actor.isResident
            ? .init(activity: "bijstand-aanvraag-inwoner", purpose: "Aanvraag bijstand door de inwoner zelf",
                    organisationID: actor.organisationID)
            : .init(activity: "bijstand-aanvraag-behandelen", purpose: "Behandeling aanvraag algemene bijstand (Participatiewet art. 43)",
                    organisationID: actor.organisationID)
    }

    static let notYours = LocalizedText(
        nl: "Deze aanvraag hoort niet bij u. U kunt hem niet inzien.",
        en: "This application is not yours. You cannot view it.")

    /// Whether the actor may see this case at all. A draft belongs to the resident alone.
    func mayOpen(_ file: some CaseScope) -> Bool {
        guard file.organisationID == actor.organisationID else { return false }
        if actor.isResident { return actor.bsn == file.bsn }
        return actor.mayWorkWithResidents && file.status != .concept
    }

    /// Opens a case for `action`, or refuses (audited). A case of another organisation is a
    /// refusal, not a 404, so the audit log shows the attempt for what it was.
    func open(_ id: UUID, for action: String) async throws -> CaseFile {
        try await admit(CaseFile.find(id, on: database), id: id, for: action)
    }

    /// Opens a case to show it, through the same check and audit as `open`, as the read-only
    /// `CaseRecord`.
    func view(_ id: UUID, for action: String) async throws -> CaseRecord {
        try await admit(CaseRecord.all(from: CaseFile.schema, where: "id = \(bind: id)", on: database).first, id: id, for: action)
    }

    private func admit<File: CaseScope>(_ found: File?, id: UUID, for action: String) async throws -> File {
        guard let file = found else { throw PleinError.notFound }
        guard mayOpen(file) else {
            try await audit.record(action, by: actor, object: ("zaak", id.uuidString), outcome: .geweigerd, on: database)
            throw PleinError.forbidden(Self.notYours)
        }
        try await audit.record(action, by: actor, object: ("zaak", id.uuidString), processing: processing,
                               subjects: [file.bsn], on: database)
        return file
    }

    /// Refuses anyone but the case's professionals (and partner systems) for a professional's act.
    func requireCaseWorker(_ action: String, on file: CaseFile) async throws {
        try await requireCaseWorkerRole(action, object: ("zaak", file.id!.uuidString))
    }

    /// Refuses anyone but professionals and partner systems, before any case is involved.
    func requireCaseWorkerRole(_ action: String, object: (type: String, id: String)? = nil) async throws {
        try await audit.requireWorkingWithResidents(action, by: actor, object: object, refusal: .init(nl: "Alleen de professionals van de gemeente kunnen dit doen.", en: "Only the municipality's professionals can do this."), on: database)
    }

    /// Adds a line to the case's timeline, in the caller's transaction.
    func event(_ kind: CaseEvent.Kind, on file: CaseFile, detail: String? = nil, shownToResident: Bool = true,
               in database: any Database) async throws {
        try await CaseEvent(caseID: file.id!, organisationID: file.organisationID, kind: kind, detail: detail,
                            byName: actor.name, shownToResident: shownToResident).create(on: database)
    }
}
