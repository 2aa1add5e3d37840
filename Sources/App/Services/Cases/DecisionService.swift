import Fluent
import Foundation
import SQLKit
import PleinDomain
import PleinRules

/// Deciding on a bijstand application. For a grant the rules engine computes the monthly amount
/// for the start date from the application's answers; the professional may grant another amount
/// only with a recorded reason. A decision is final in Plein: a change goes through bezwaar.
struct DecisionService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder
    let engine: Engine

    private var access: CaseAccess { CaseAccess(database: database, actor: actor, audit: audit) }

    /// What the engine says for the case on a start date: the bijstand outcome, or why it cannot say.
    struct Proposal: Sendable {
        let startDate: CivilDate
        let outcome: RegelingUitkomst?
        let problem: String?
    }

    /// The melding day: the earliest day bijstand can start (Participatiewet art. 44 lid 1).
    static func meldingDate(of file: CaseFile) -> CivilDate? { file.submittedAt.map(CivilDate.init) }

    func proposal(for file: CaseFile, startDate: CivilDate? = nil) -> Proposal? {
        guard let start = startDate ?? Self.meldingDate(of: file) else { return nil }
        guard let huishouden = file.answers.huishouden(peildatum: start, gemeente: nil) else {
            return Proposal(startDate: start, outcome: nil, problem: "De aanvraag mist de geboortedatum van de aanvrager.")
        }
        do {
            let berekening = try engine.bereken(huishouden)
            return Proposal(startDate: start, outcome: berekening.regelingen.first { $0.code == "bijstand" }, problem: nil)
        } catch {
            return Proposal(startDate: start, outcome: nil, problem: error.description)
        }
    }

    func decision(of file: some CaseScope) async throws -> DecisionRow? {
        // Deciding sets the status in the same transaction, and a decision is final: a case that
        // is not `besloten` has none, and most case pages are spared the query.
        guard file.status == .besloten else { return nil }
        return try await DecisionRow.all(from: Decision.schema, where: "zaak_id = \(bind: file.caseID) AND organisatie_id = \(bind: file.organisationID)", on: database).first
    }

    struct Input: Sendable {
        var kind = ""
        var motivation = ""
        var startDate = ""
        var amount = ""
        var deviationReason = ""
    }

    @discardableResult
    func decide(caseID: UUID, _ input: Input, today: CivilDate) async throws -> Decision {
        try await access.requireCaseWorkerRole("besluit-nemen", object: ("zaak", caseID.uuidString))
        let file = try await access.open(caseID, for: "besluit-nemen")
        try await access.requireCaseWorker("besluit-nemen", on: file)
        guard file.status == .inBehandeling else {
            throw PleinError.invalid([FieldError(field: "soort", message: .init(
                nl: file.status == .zoekperiode
                    ? "De zoekperiode loopt nog. Beëindig die eerst als u nu wilt beslissen."
                    : "Over deze aanvraag is al besloten.",
                en: file.status == .zoekperiode
                    ? "The search period is still running. End it first if you want to decide now."
                    : "This application has already been decided."))])
        }
        let validated = try await validate(input, for: file, today: today)
        let access = self.access, actor = self.actor, audit = self.audit
        return try await database.transaction { transaction in
            let decision = Decision(caseID: file.id!, organisationID: file.organisationID, kind: validated.kind,
                                    motivation: validated.motivation, startDate: validated.startDate?.description,
                                    monthlyCents: validated.amount?.cents, calculatedCents: validated.calculated?.bedragPerMaand.cents,
                                    deviationReason: validated.deviationReason,
                                    calculationExplanation: validated.calculated.map(Self.explanation),
                                    decidedByID: actor.id ?? UUID(), decidedByName: actor.name)
            try await decision.create(on: transaction)
            file.status = .besloten
            file.nextDeadline = nil
            try await file.save(on: transaction)
            try await access.event(.besluit, on: file, detail: validated.kind.rawValue, in: transaction)
            try await audit.record("besluit-nemen", by: actor, object: ("besluit", decision.id!.uuidString),
                                   processing: access.processing, subjects: [file.bsn], on: transaction)
            try await Notifier(database: transaction).notify(
                file.answers.value("email"), organisationID: file.organisationID,
                subject: "Er is een besluit over uw aanvraag (\(file.reference))",
                about: "Er is een besluit genomen over uw aanvraag voor bijstand.")
            return decision
        }
    }

    /// The engine's explanation kept with the decision: the toelichting and every trace step with its article.
    static func explanation(_ outcome: RegelingUitkomst) -> String {
        func lines(_ steps: TraceStappen, depth: Int) -> [String] {
            steps.flatMap { step in
                ["\(String(repeating: "  ", count: depth))- \(step.omschrijving)\(step.waarde.map { ": \($0.weergave)" } ?? "") (\(step.bron.label))"]
                    + lines(step.stappen, depth: depth + 1)
            }
        }
        return ([outcome.toelichting] + lines(outcome.trace, depth: 0)).joined(separator: "\n")
    }

    private struct Validated {
        let kind: Decision.Kind
        let motivation: String
        let startDate: CivilDate?
        let amount: Money?
        let calculated: RegelingUitkomst?
        let deviationReason: String?
    }

    private func validate(_ input: Input, for file: CaseFile, today: CivilDate) async throws -> Validated {
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        let kind = Decision.Kind(rawValue: input.kind)
        if kind == nil { fail("soort", "Kies het besluit.", "Choose the decision.") }
        let motivation = input.motivation.trimmingCharacters(in: .whitespacesAndNewlines)
        if motivation.isEmpty {
            fail("motivering", "Schrijf de motivering. Een besluit moet een goede motivering hebben (Awb art. 3:46).",
                 "Write the motivation. A decision needs a sound motivation (Awb art. 3:46).")
        } else if motivation.count > 8000 {
            fail("motivering", "De motivering is te lang: hoogstens 8000 tekens.", "The motivation is too long: at most 8000 characters.")
        }
        var startDate: CivilDate?, amount: Money?, calculated: RegelingUitkomst?, deviationReason: String?
        if kind == .toekenning {
            let melding = Self.meldingDate(of: file)
            let startText = input.startDate.trimmingCharacters(in: .whitespaces)
            startDate = startText.isEmpty ? melding : CivilDate(iso: startText)
            if startDate == nil {
                fail("ingangsdatum", "Vul de ingangsdatum in als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.", "Enter the start date as YYYY-MM-DD, for example 2026-07-01.")
            } else if let start = startDate, let melding, start < melding {
                fail("ingangsdatum", "De bijstand kan niet ingaan vóór de meldingsdatum \(melding.dutchNotation) (Participatiewet art. 44 lid 1).",
                     "Bijstand cannot start before the day of the melding, \(melding.dutchNotation) (Participatiewet art. 44 lid 1).")
            }
            if let start = startDate { calculated = proposal(for: file, startDate: start)?.outcome }
            let amountText = input.amount.trimmingCharacters(in: .whitespaces)
            if amountText.isEmpty {
                amount = calculated?.bedragPerMaand
                if amount == nil, startDate != nil {
                    fail("bedrag", "Plein kan het bedrag niet berekenen. Vul het bedrag per maand in.", "Plein cannot calculate the amount. Enter the monthly amount.")
                }
            } else if let parsed = Money(parsing: amountText), parsed > .zero {
                amount = parsed
            } else {
                fail("bedrag", "Vul een bedrag in euro in, bijvoorbeeld 1250,50.", "Enter an amount in euro, for example 1250.50.")
            }
            let reason = input.deviationReason.trimmingCharacters(in: .whitespacesAndNewlines)
            if let amount, amount != calculated?.bedragPerMaand {
                if reason.isEmpty {
                    fail("afwijkingsreden", "U wijkt af van het berekende bedrag. Schrijf waarom.", "You deviate from the calculated amount. Write why.")
                } else if reason.count > 2000 {
                    // Refused, not cut off: the reason is part of the decision.
                    fail("afwijkingsreden", "De reden is te lang: hoogstens 2000 tekens.", "The reason is too long: at most 2000 characters.")
                } else { deviationReason = reason }
            }
        }
        if kind == .buitenBehandeling {
            // Awb art. 4:5: only after the resident had the chance to complete the application
            // within a deadline that has passed.
            let missed = try await Assignment.query(on: database).filter(\.$caseID == file.id!)
                .filter(\.$deadline < today.description).all().contains(where: \.isOpen)
            if !missed {
                fail("soort", "Buiten behandeling kan alleen als de inwoner een termijn kreeg om aan te vullen en die voorbij is (Awb art. 4:5).",
                     "Not processing is only possible when the resident had a deadline to complete the application and it has passed (Awb art. 4:5).")
            }
        }
        guard errors.isEmpty, let kind else { throw PleinError.invalid(errors) }
        return Validated(kind: kind, motivation: motivation, startDate: startDate, amount: amount, calculated: calculated,
                         deviationReason: deviationReason)
    }
}
