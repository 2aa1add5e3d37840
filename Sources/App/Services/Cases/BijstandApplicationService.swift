import Fluent
import Foundation
import PleinDomain

/// The resident's side of applying for bijstand: one draft at a time, saved after every
/// question so they can stop and come back, prefilled with what Plein already knows, and
/// submitted into the municipality's work queue.
struct BijstandApplicationService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    static let questionnaire = Questionnaire.bijstandApplication
    private var access: CaseAccess { CaseAccess(database: database, actor: actor, audit: audit) }

    private func requireResident() throws -> String {
        try actor.residentBSN(.init(nl: "Alleen inwoners kunnen bijstand aanvragen.",
                                                     en: "Only residents can apply for bijstand."))
    }

    /// The resident's cases at their municipality, newest first.
    func ownCases() async throws -> [CaseFile] {
        let bsn = try requireResident()
        let cases = try await CaseFile.query(on: database)
            .filter(\.$organisationID == actor.organisationID).filter(\.$bsn == bsn)
            .sort(\.$createdAt, .descending).all()
        try await audit.record("eigen-aanvragen-inzien", by: actor, processing: access.processing, subjects: [bsn], on: database)
        return cases
    }

    /// The case the resident is working on or waiting for: a draft, or a submitted case
    /// without a decision. A resident has at most one.
    func current() async throws -> CaseFile? {
        let bsn = try requireResident()
        return try await CaseFile.query(on: database)
            .filter(\.$organisationID == actor.organisationID).filter(\.$bsn == bsn)
            .filter(\.$status != .besloten).sort(\.$createdAt).first()
    }

    /// Starts a draft, prefilled from the municipality's household record, then from what the
    /// resident answered in "Check je rechten" (their own, more recent word), and the contact
    /// details and IBAN the municipality has.
    func start(rightsCheckAnswers: CheckAnswers, today: CivilDate) async throws -> CaseFile {
        let bsn = try requireResident()
        if let existing = try await current() { return existing }
        let records = try await ResidentService(database: database, actor: actor, audit: audit).ownHousehold()
        var answers = CheckAnswers()
        answers.prefill(from: records, today: today)
        for (name, value) in rightsCheckAnswers.values { answers.set(name, value) }
        if let own = records.first {
            if let email = own.email { answers.set("email", email) }
            if let iban = own.iban { answers.set("iban", iban) }
        }
        answers.keepOnly(Self.questionnaire.usedFields(answers))
        let name = records.first?.fullName ?? actor.name
        let familyName = records.first?.familyName ?? String(actor.name.split(separator: " ").last ?? "")
        for _ in 0..<5 {
            let file = CaseFile(organisationID: actor.organisationID, bsn: bsn, residentName: name, familyName: familyName,
                                reference: CaseReference.generate(year: today.year), answers: answers)
            do {
                try await file.create(on: database)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // Either the reference was taken (try another) or a second click already started
                // the one open case a resident may have (the unique index on open cases).
                if let existing = try await current() { return existing }
                continue
            }
            try await audit.record("aanvraag-starten", by: actor, object: ("zaak", file.id!.uuidString),
                                   processing: access.processing, subjects: [bsn], on: database)
            return file
        }
        throw PleinError.forbidden(LocalizedText(nl: "Het lukte niet om een aanvraag te starten. Probeer het opnieuw.",
                                                 en: "Starting an application did not work. Please try again."))
    }

    /// The resident's own draft, opened (and audited) for filling in.
    func draft(_ id: UUID) async throws -> CaseFile {
        let file = try await access.open(id, for: "aanvraag-invullen")
        guard file.status == .concept else { throw PleinError.notFound }
        return file
    }

    func save(_ answers: CheckAnswers, in file: CaseFile) async throws {
        guard file.status == .concept, actor.isResident, file.bsn == actor.bsn else { throw PleinError.notFound }
        file.answers = answers
        try await file.save(on: database)
    }

    /// Submits the draft: the melding. Sets the search period and the decision term, gives the
    /// search-period assignments, and puts the case in the municipality's work queue, all at once.
    func submit(_ file: CaseFile, today: CivilDate) async throws {
        guard file.status == .concept, actor.isResident, file.bsn == actor.bsn else { throw PleinError.notFound }
        let answers = file.answers
        guard Self.questionnaire.next(after: answers) == nil,
              let birthDate = answers.value("geboortedatum").flatMap(CivilDate.init(iso:))
        else {
            throw PleinError.invalid([FieldError(field: "vragen", message: LocalizedText(
                nl: "Beantwoord eerst alle vragen.", en: "Answer all questions first."))])
        }
        let terms = ApplicationTerms(melding: today, applicantBirthDate: birthDate,
                                     partnerBirthDate: answers.hasPartner ? answers.value("partnerGeboortedatum").flatMap(CivilDate.init(iso:)) : nil)
        let templates = terms.searchPeriodEnd == nil ? [] : try await AssignmentTemplate.query(on: database)
            .filter(\.$organisationID == file.organisationID).filter(\.$active == true).filter(\.$givenAtSearchPeriod == true).all()
        let access = self.access, actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            // A second click on "send" finds the case no longer a draft and changes nothing.
            guard try await file.move(from: .concept, to: terms.searchPeriodEnd == nil ? .inBehandeling : .zoekperiode,
                                      on: transaction) else { throw PleinError.notFound }
            file.submittedAt = Date()
            file.searchPeriodEnd = terms.searchPeriodEnd?.description
            file.decideBefore = terms.decideBefore.description
            try await file.save(on: transaction)
            try await access.event(.ingediend, on: file, in: transaction)
            if let end = terms.searchPeriodEnd {
                try await access.event(.zoekperiodeGestart, on: file, detail: end.description, in: transaction)
                // Given by the municipality's rules, not by the resident: the timeline says "Plein".
                let automatic = CaseAccess(database: transaction, actor: .system(file.organisationID, traceID: actor.traceID), audit: audit)
                for template in templates {
                    try await AssignmentService.give(template, to: file, today: today, by: automatic, in: transaction)
                }
                try await AssignmentService.refreshCounters(of: file, in: transaction)
            } else {
                try await access.event(.inBehandeling, on: file, in: transaction)
            }
            try await audit.record("aanvraag-indienen", by: actor, object: ("zaak", file.id!.uuidString),
                                   processing: access.processing, subjects: [file.bsn], on: transaction)
            try await Notifier(database: transaction).notify(
                answers.value("email"), organisationID: file.organisationID,
                subject: "Uw aanvraag bijstand is ontvangen (\(file.reference))",
                about: "Wij hebben uw aanvraag voor bijstand ontvangen.")
        }
    }
}
