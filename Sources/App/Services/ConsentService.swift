import Fluent
import Foundation
import PleinDomain

/// Consent and what it unlocks. The resident grants and withdraws per organisation and category;
/// a professional of another organisation sees a category of the municipality's data about that
/// resident only while consent stands — checked on every read, logged under the municipality
/// whose data it is — and otherwise sees why not.
struct ConsentService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    /// An organisation the resident can give consent to: one that holds a record of them or
    /// registered involvement, with the categories currently granted.
    struct Grantee: Sendable {
        let organisationID: UUID
        let name: String
        let granted: Set<Consent.Category>
    }

    /// One category as another organisation's professional sees it: the data, or the reason it is hidden.
    struct SharedCategory: Sendable {
        let category: Consent.Category
        let lines: [String]?
    }

    private func requireResident() throws -> String {
        try actor.residentBSN(.init(nl: "Alleen de inwoner zelf geeft toestemming.", en: "Only the resident gives consent."))
    }

    func grantees() async throws -> [Grantee] {
        let bsn = try requireResident()
        let holders = try await Resident.query(on: database).filter(\.$bsn == bsn).all().map(\.organisationID)
        let involved = try await Involvement.query(on: database).filter(\.$bsn == bsn).filter(\.$endedAt == nil).all().map(\.organisationID)
        let consents = try await Consent.query(on: database).filter(\.$bsn == bsn)
            .filter(\.$sourceOrganisationID == actor.organisationID).filter(\.$withdrawnAt == nil).all()
        // An organisation that still has consent stays listed, so the resident can always withdraw it.
        let ids = Set(holders + involved + consents.map(\.organisationID)).subtracting([actor.organisationID])
        guard !ids.isEmpty else { return [] }
        let organisations = try await Organisation.query(on: database).filter(\.$id ~~ Array(ids)).sort(\.$name).all()
        try await audit.record("toestemmingen-inzien", by: actor,
                               processing: .ownInspection(by: actor.organisationID),
                               subjects: [bsn], on: database)
        return organisations.map { organisation in
            Grantee(organisationID: organisation.id!, name: organisation.name,
                    granted: Set(consents.filter { $0.organisationID == organisation.id }.map(\.category)))
        }
    }

    /// Sets the resident's consent for one organisation to exactly these categories; a withdrawal
    /// takes effect for the next read.
    func set(_ categories: Set<Consent.Category>, for organisationID: UUID) async throws {
        let bsn = try requireResident()
        guard try await grantees().contains(where: { $0.organisationID == organisationID }) else { throw PleinError.notFound }
        let actor = self.actor, audit = self.audit
        let processing = AuditRecorder.Processing(activity: "toestemming-beheren", purpose: "Toestemming vastleggen op verzoek van de inwoner",
                                                  organisationID: actor.organisationID)
        do { try await database.transaction { transaction in
            let current = try await Consent.query(on: transaction).filter(\.$bsn == bsn).filter(\.$organisationID == organisationID)
                .filter(\.$sourceOrganisationID == actor.organisationID).filter(\.$withdrawnAt == nil).all()
            for consent in current where !categories.contains(consent.category) {
                consent.withdrawnAt = Date()
                try await consent.save(on: transaction)
                try await audit.record("toestemming-intrekken", by: actor, object: ("toestemming", consent.id!.uuidString),
                                       processing: processing, subjects: [bsn], on: transaction)
            }
            for category in categories where !current.contains(where: { $0.category == category }) {
                let consent = Consent(sourceOrganisationID: actor.organisationID, bsn: bsn, organisationID: organisationID, category: category)
                try await consent.create(on: transaction)
                try await audit.record("toestemming-geven", by: actor, object: ("toestemming", consent.id!.uuidString),
                                       processing: processing, subjects: [bsn], on: transaction)
            }
        } } catch let error as any DatabaseError where error.isConstraintFailure {
            // A second click saved the same choice a moment earlier: nothing left to do.
        }
    }

    /// The consents residents gave the actor's organisation, for one resident or all, so a
    /// professional or partner system can see why data is or is not visible.
    func grantedToUs(bsn: String? = nil) async throws -> [(consent: Consent, sourceName: String)] {
        try await audit.requireWorkingWithResidents("toestemmingen-bekijken", by: actor, refusal: .init(nl: "Alleen professionals en koppelingen zien toestemmingen.", en: "Only professionals and partner systems see consents."), on: database)
        var query = Consent.query(on: database).filter(\.$organisationID == actor.organisationID).filter(\.$withdrawnAt == nil)
        if let bsn { query = query.filter(\.$bsn == bsn) }
        let consents = try await query.sort(\.$grantedAt, .descending).limit(1000).all()
        try await audit.record("toestemmingen-bekijken", by: actor,
                               processing: .init(activity: "toestemming-beheren", purpose: "Nagaan welke gegevens met toestemming gedeeld zijn",
                                                 organisationID: actor.organisationID),
                               subjects: consents.map(\.bsn), on: database)
        let names = try await Organisation.query(on: database).filter(\.$id ~~ Array(Set(consents.map(\.sourceOrganisationID)))).all()
        return consents.map { consent in (consent, names.first { $0.id == consent.sourceOrganisationID }?.name ?? "") }
    }

    /// What the actor's organisation may see of the municipality's data about one of its own
    /// residents, per category. Each shown category is a processing under the municipality.
    func shared(about resident: Resident) async throws -> [SharedCategory] {
        guard actor.mayWorkWithResidents, resident.organisationID == actor.organisationID else { return [] }
        let consents = try await Consent.query(on: database).filter(\.$bsn == resident.bsn)
            .filter(\.$organisationID == actor.organisationID).filter(\.$withdrawnAt == nil).all()
        var result: [SharedCategory] = []
        for category in Consent.Category.allCases {
            guard let consent = consents.first(where: { $0.category == category }),
                  let source = try await Resident.query(on: database).filter(\.$organisationID == consent.sourceOrganisationID)
                    .filter(\.$bsn == resident.bsn).first()
            else {
                result.append(SharedCategory(category: category, lines: nil))
                continue
            }
            let lines: [String]
            var sharedBSNs = [resident.bsn]
            switch category {
            case .contactgegevens:
                lines = ["\(source.houseNumber), \(source.postcode) \(source.town)", source.email].compactMap { $0 }
            case .plan:
                // The plan itself is shown on its own page, through PlanService, which checks
                // this consent on every read; here only whether there is one.
                let plan = try await Plan.query(on: database).filter(\.$bsn == resident.bsn).first()
                lines = [plan.map { "Plan: \($0.title) (regisseur \($0.regisseurName))" } ?? "Er is nog geen plan."]
            case .huishouden:
                // The resident speaks for themself and their children under 18, not for other
                // adults: those are counted, not named.
                var members = [source]
                if let household = source.householdID {
                    members = try await Resident.query(on: database).filter(\.$organisationID == consent.sourceOrganisationID)
                        .filter(\.$householdID == household).sort(\.$birthDate).all()
                }
                let today = CivilDate.today
                let named = members.filter { $0.bsn == source.bsn || (CivilDate(iso: $0.birthDate).map { $0.age(on: today) < 18 } ?? false) }
                let adults = members.count - named.count
                lines = named.map { "\($0.fullName) (\(String($0.birthDate.prefix(4))))" }
                    + (adults > 0 ? ["En \(adults) andere volwassene\(adults == 1 ? "" : "n")"] : [])
                sharedBSNs = named.map(\.bsn)
            }
            try await audit.record("gedeelde-gegevens-inzien", by: actor, object: ("toestemming", consent.id!.uuidString),
                                   processing: .init(activity: "gegevens-delen-met-toestemming", purpose: category.purpose,
                                                     organisationID: consent.sourceOrganisationID),
                                   subjects: sharedBSNs, on: database)
            result.append(SharedCategory(category: category, lines: lines))
        }
        return result
    }
}
