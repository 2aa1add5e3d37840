import Fluent
import Foundation
import PleinRules

/// Keeping and listing a resident's own "Check je rechten" results, at their municipality.
struct SavedCalculationService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    private var processing: AuditRecorder.Processing {
        .init(activity: "rekenhulp-bewaren", purpose: "Uitkomst van Check je rechten bewaren op verzoek van de inwoner",
              organisationID: actor.organisationID)
    }

    private func requireResident() throws -> String {
        try actor.residentBSN(.init(nl: "Alleen inwoners kunnen hun uitkomst bewaren.",
                                                     en: "Only residents can keep their result."))
    }

    func save(_ berekening: Berekening) async throws {
        let bsn = try requireResident()
        let outcomes = berekening.regelingen.map { outcome in
            SavedCalculation.Outcome(
                code: outcome.code, naam: outcome.naam,
                recht: outcome.recht.bool.map { $0 ? "ja" : "nee" } ?? "onbekend",
                bedragPerMaandCenten: outcome.bedragPerMaand.cents)
        }
        let saved = SavedCalculation(organisationID: actor.organisationID, bsn: bsn,
                                     peildatum: berekening.peildatum.description, savedAt: Date(), outcomes: outcomes)
        let actor = self.actor, audit = self.audit, processing = self.processing
        try await database.transaction { transaction in
            try await saved.create(on: transaction)
            try await audit.record("rekenhulp-bewaren", by: actor, object: ("berekening", saved.id!.uuidString),
                                   processing: processing, subjects: [bsn], on: transaction)
        }
    }

    /// The resident's own saved results, newest first. Read as part of "Mijn gegevens", whose
    /// own access entry covers it.
    func list() async throws -> [SavedCalculation] {
        let bsn = try requireResident()
        return try await SavedCalculation.query(on: database)
            .filter(\.$organisationID == actor.organisationID).filter(\.$bsn == bsn)
            .sort(\.$savedAt, .descending).limit(20).all()
    }
}
