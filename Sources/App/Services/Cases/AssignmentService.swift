import Fluent
import Foundation
import SQLKit
import PleinDomain

/// Assignments in a case: given by the professional (or automatically when the search period
/// starts), handed in by the resident with proof, accepted or sent back by the professional.
/// Every change refreshes the case's counters, so the work queue shows progress without
/// reading assignments.
struct AssignmentService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder
    let documents: DocumentService

    private var access: CaseAccess { CaseAccess(database: database, actor: actor, audit: audit) }

    /// The active templates of the actor's organisation, for the professional to choose from.
    func templates() async throws -> [AssignmentTemplateRow] {
        try await templatesQuery().all(on: database)
    }

    /// The read behind `templates()`, after the same role check.
    func templatesQuery() async throws -> RowsQuery<AssignmentTemplateRow> {
        try await access.requireCaseWorkerRole("opdrachtsjablonen-bekijken")
        return RowsQuery(table: AssignmentTemplate.schema, condition: "organisatie_id = \(bind: actor.organisationID) AND actief = \(bind: true)", order: "titel")
    }

    func assignments(of file: some CaseScope) async throws -> [AssignmentRow] {
        try await assignmentsQuery(of: file).all(on: database)
    }

    func assignmentsQuery(of file: some CaseScope) -> RowsQuery<AssignmentRow> {
        RowsQuery(table: Assignment.schema, condition: "zaak_id = \(bind: file.caseID) AND organisatie_id = \(bind: file.organisationID)", order: "deadline, titel")
    }

    /// Gives the assignment of a template to the resident of a case.
    @discardableResult
    func give(templateID: UUID, caseID: UUID, today: CivilDate) async throws -> Assignment {
        try await access.requireCaseWorkerRole("opdracht-geven", object: ("zaak", caseID.uuidString))
        let file = try await access.open(caseID, for: "opdracht-geven")
        try await access.requireCaseWorker("opdracht-geven", on: file)
        guard file.status != .besloten,
              let template = try await AssignmentTemplate.find(templateID, on: database),
              template.organisationID == file.organisationID, template.active
        else {
            throw PleinError.invalid([FieldError(field: "sjabloon", message: LocalizedText(
                nl: "Kies een opdracht uit de lijst.", en: "Choose an assignment from the list."))])
        }
        let access = self.access
        return try await database.transaction { transaction in
            let assignment = try await Self.give(template, to: file, today: today, by: access, in: transaction)
            try await Self.refreshCounters(of: file, in: transaction)
            try await Notifier(database: transaction).notify(
                file.answers.value("email"), organisationID: file.organisationID,
                subject: "U heeft een nieuwe opdracht (\(file.reference))", about: "U heeft een nieuwe opdracht gekregen.")
            return assignment
        }
    }

    @discardableResult
    static func give(_ template: AssignmentTemplate, to file: CaseFile, today: CivilDate, by access: CaseAccess,
                     in database: any Database) async throws -> Assignment {
        var deadline = today.adding(days: template.daysToComplete)
        if let end = file.searchPeriodEnd.flatMap(CivilDate.init(iso:)), file.status == .zoekperiode, end < deadline { deadline = end }
        let assignment = Assignment(caseID: file.id!, organisationID: file.organisationID, title: template.title,
                                    instructions: template.instructions, proof: template.proof, deadline: deadline.description)
        try await assignment.create(on: database)
        try await access.event(.opdrachtGegeven, on: file, detail: template.title, in: database)
        return assignment
    }

    /// The resident hands in proof: a text, a link, or a file, as the assignment asks.
    func handIn(assignmentID: UUID, caseID: UUID, text: String, upload: DocumentUpload?) async throws {
        guard actor.isResident else {
            try await audit.record("opdracht-inleveren", by: actor, object: ("zaak", caseID.uuidString), outcome: .geweigerd, on: database)
            throw PleinError.forbidden(CaseAccess.notYours)
        }
        let file = try await access.open(caseID, for: "opdracht-inleveren")
        guard let assignment = try await Assignment.find(assignmentID, on: database), assignment.caseID == file.id,
              assignment.isOpen, file.status != .besloten
        else { throw PleinError.notFound }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        switch assignment.proof {
        case .tekst where trimmed.isEmpty:
            errors.append(FieldError(field: "antwoord", message: .init(nl: "Schrijf wat u gedaan heeft.", en: "Write what you have done.")))
        case .link where !(trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://")) || trimmed.contains(" "):
            errors.append(FieldError(field: "antwoord", message: .init(nl: "Vul een link in die begint met https://.", en: "Enter a link starting with https://.")))
        case .upload where upload == nil:
            errors.append(FieldError(field: "bestand", message: .init(nl: "Kies een bestand.", en: "Choose a file.")))
        default: break
        }
        if trimmed.count > 4000 {
            errors.append(FieldError(field: "antwoord", message: .init(nl: "Uw tekst is te lang: hoogstens 4000 tekens.", en: "Your text is too long: at most 4000 characters.")))
        }
        guard errors.isEmpty else { throw PleinError.invalid(errors) }
        let access = self.access, documents = self.documents
        let stored: DocumentService.Stored? = if let upload { try await documents.store(upload) } else { nil }
        try await database.transaction { transaction in
            if let stored {
                let document = try await documents.record(stored, kind: "opdracht", in: file, on: transaction)
                assignment.documentID = document.id
            }
            assignment.answer = trimmed.isEmpty ? nil : trimmed
            assignment.status = .ingeleverd
            assignment.handedInAt = Date()
            try await assignment.save(on: transaction)
            try await access.event(.opdrachtIngeleverd, on: file, detail: assignment.title, in: transaction)
            try await Self.refreshCounters(of: file, in: transaction)
            try await Notifier(database: transaction).notify(
                try await file.caseWorkerEmail(on: transaction), organisationID: file.organisationID,
                subject: "Opdracht ingeleverd (\(file.reference))", about: "Een inwoner heeft een opdracht ingeleverd.")
        }
    }

    /// The professional accepts the proof, or asks for more with a note the resident sees.
    func review(assignmentID: UUID, caseID: UUID, accept: Bool, feedback: String) async throws {
        try await access.requireCaseWorkerRole("opdracht-beoordelen", object: ("zaak", caseID.uuidString))
        let file = try await access.open(caseID, for: "opdracht-beoordelen")
        try await access.requireCaseWorker("opdracht-beoordelen", on: file)
        guard let assignment = try await Assignment.find(assignmentID, on: database), assignment.caseID == file.id,
              assignment.status == .ingeleverd
        else { throw PleinError.notFound }
        let note = feedback.trimmingCharacters(in: .whitespacesAndNewlines)
        guard accept || !note.isEmpty else {
            throw PleinError.invalid([FieldError(field: "reactie-\(assignmentID.uuidString)", message: .init(
                nl: "Schrijf wat de inwoner nog moet doen.", en: "Write what the resident still has to do."))])
        }
        // Refused, not cut off: the resident would read half a sentence.
        guard note.count <= 2000 else {
            throw PleinError.invalid([FieldError(field: "reactie-\(assignmentID.uuidString)", message: .init(
                nl: "Uw reactie is te lang: hoogstens 2000 tekens.", en: "Your note is too long: at most 2000 characters."))])
        }
        let access = self.access
        try await database.transaction { transaction in
            assignment.status = accept ? .geaccepteerd : .aanvullen
            assignment.feedback = note.isEmpty ? nil : note
            try await assignment.save(on: transaction)
            try await access.event(accept ? .opdrachtGeaccepteerd : .opdrachtAanvullen, on: file, detail: assignment.title, in: transaction)
            try await Self.refreshCounters(of: file, in: transaction)
            if !accept {
                try await Notifier(database: transaction).notify(
                    file.answers.value("email"), organisationID: file.organisationID,
                    subject: "Uw opdracht is nog niet klaar (\(file.reference))",
                    about: "Uw consulent vraagt u iets aan te vullen bij een opdracht.")
            }
        }
    }

    /// Recounts a case's open and to-review assignments and its next deadline.
    static func refreshCounters(of file: CaseFile, in database: any Database) async throws {
        let assignments = try await Assignment.query(on: database).filter(\.$caseID == file.id!).all()
        let open = assignments.filter(\.isOpen)
        file.openAssignments = open.count
        file.assignmentsToReview = assignments.filter { $0.status == .ingeleverd }.count
        file.nextDeadline = open.map(\.deadline).min()
        try await file.save(on: database)
    }
}
