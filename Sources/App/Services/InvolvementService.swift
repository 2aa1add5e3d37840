import Fluent
import SQLKit
import Foundation
import PleinDomain

/// The verwijsindex: organisations register that they are involved with a resident (BSN,
/// contact person, since when; nothing about the content). When two or more organisations are
/// involved with the same resident, each of them sees the others' contact details: a signal to
/// call each other, not access to each other's files. The resident sees who is involved.
struct InvolvementService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    struct Input: Sendable {
        var bsn = ""
        var contactName = ""
        var contact = ""
        var since = ""
    }

    /// Another organisation involved with a resident the actor's organisation is involved with.
    struct Match: Sendable {
        let bsn: String
        let organisationName: String
        let contactName: String
        let contact: String
        let since: String
    }

    private var processing: AuditRecorder.Processing {
        .init(activity: "verwijsindex", purpose: "Afstemming tussen organisaties die bij een inwoner betrokken zijn",
              organisationID: actor.organisationID)
    }

    private func requireCaseWorker(_ action: String) async throws {
        try await audit.requireWorkingWithResidents(action, by: actor, refusal: .init(nl: "Alleen professionals registreren betrokkenheid.", en: "Only professionals register involvement."), on: database)
    }

    @discardableResult
    func register(_ input: Input, today: CivilDate) async throws -> Involvement {
        try await requireCaseWorker("betrokkenheid-registreren")
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        let bsn = BSN(input.bsn.trimmingCharacters(in: .whitespaces))
        if bsn == nil { fail("bsn", "Vul een geldig BSN in van 9 cijfers.", "Enter a valid 9-digit BSN.") }
        let name = input.contactName.trimmingCharacters(in: .whitespaces)
        if name.count > 100 {
            fail("contactpersoon", "De naam is te lang: hoogstens 100 tekens.", "The name is too long: at most 100 characters.")
        } else if name.count < 2 {
            fail("contactpersoon", "Vul de naam van de contactpersoon in.", "Enter the contact person's name.")
        }
        let contact = input.contact.trimmingCharacters(in: .whitespaces)
        if !(6...100).contains(contact.count) || contact.contains(where: \.isNewline) {
            fail("contact", "Vul een telefoonnummer of e-mailadres in.", "Enter a phone number or e-mail address.")
        }
        let since = input.since.trimmingCharacters(in: .whitespaces).isEmpty ? today : CivilDate(typed: input.since)
        if since == nil || since! > today {
            fail("sinds", "Vul een datum in tot en met vandaag, bijvoorbeeld 1-11-2026.", "Enter a date up to today, for example 1-11-2026.")
        }
        guard errors.isEmpty, let bsn, let since else { throw PleinError.invalid(errors) }
        // Only for someone the organisation already knows: otherwise registering any BSN would
        // reveal who else helps that person.
        guard try await Resident.isKnown(bsn: bsn.digits, by: actor.organisationID, on: database) else {
            try await audit.record("betrokkenheid-registreren", by: actor, outcome: .geweigerd, on: database)
            throw PleinError.invalid([Resident.unknownToOrganisation])
        }
        let involvement = Involvement(organisationID: actor.organisationID, bsn: bsn.digits, contactName: name, contact: contact,
                                      since: since.description)
        let actor = self.actor, audit = self.audit, processing = self.processing
        do {
            try await database.transaction { transaction in
                try await involvement.create(on: transaction)
                try await audit.record("betrokkenheid-registreren", by: actor, object: ("betrokkenheid", involvement.id!.uuidString),
                                       processing: processing, subjects: [bsn.digits], on: transaction)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw PleinError.invalid([FieldError(field: "bsn", message: .init(
                nl: "Uw organisatie is al als betrokken geregistreerd bij deze inwoner.",
                en: "Your organisation is already registered as involved with this resident."))])
        }
        return involvement
    }

    /// The organisation's own active registrations, newest first.
    func own() async throws -> [Involvement] {
        try await requireCaseWorker("betrokkenheden-bekijken")
        let own = try await Involvement.query(on: database).filter(\.$organisationID == actor.organisationID)
            .filter(\.$endedAt == nil).sort(\.$createdAt, .descending).limit(200).all()
        try await audit.record("betrokkenheden-bekijken", by: actor, processing: processing, subjects: own.map(\.bsn), on: database)
        return own
    }

    /// Ends the organisation's own registration.
    func end(_ id: UUID) async throws {
        try await requireCaseWorker("betrokkenheid-beeindigen")
        guard let involvement = try await Involvement.find(id, on: database), involvement.organisationID == actor.organisationID,
              involvement.endedAt == nil else { throw PleinError.notFound }
        involvement.endedAt = Date()
        try await involvement.save(on: database)
        try await audit.record("betrokkenheid-beeindigen", by: actor, object: ("betrokkenheid", id.uuidString),
                               processing: processing, subjects: [involvement.bsn], on: database)
    }

    /// How many signals one page shows.
    static let signalPageSize = 100
    /// A page number from a request is capped, so the offset cannot overflow.
    static let lastPage = 100_000

    /// The signals: for each resident the organisation is involved with, the other involved
    /// organisations and their contact persons. A regisseur also gets the signal for every resident
    /// of their own organisation with whom two or more organisations are involved, so they can
    /// coordinate. Only contact details cross organisations. One query with the conditions as
    /// joins, so a large municipality's regisseur pages through them instead of loading every BSN.
    func matches(page: Int = 1) async throws -> [Match] {
        try await requireCaseWorker("signalen-bekijken")
        struct Row: Decodable {
            let bsn: String, organisatie_id: UUID, naam: String, contactpersoon: String, contact: String, sinds: String
        }
        let isRegisseur = actor.kind == .user(.regisseur)
        let organisation = actor.organisationID
        let rows = try await (database as! any SQLDatabase).raw("""
            SELECT o.bsn, o.organisatie_id, org.naam, o.contactpersoon, o.contact, o.sinds
            FROM betrokkenheden o JOIN organisaties org ON org.id = o.organisatie_id
            WHERE o.beeindigd_op IS NULL AND o.organisatie_id <> \(bind: organisation) AND (
                EXISTS (SELECT 1 FROM betrokkenheden m
                        WHERE m.bsn = o.bsn AND m.organisatie_id = \(bind: organisation) AND m.beeindigd_op IS NULL)
                OR (\(bind: isRegisseur)
                    AND EXISTS (SELECT 1 FROM inwoners i WHERE i.bsn = o.bsn AND i.organisatie_id = \(bind: organisation))
                    AND (SELECT COUNT(DISTINCT b.organisatie_id) FROM betrokkenheden b
                         WHERE b.bsn = o.bsn AND b.beeindigd_op IS NULL) >= 2))
            ORDER BY o.bsn, org.naam, o.id
            LIMIT \(bind: Self.signalPageSize) OFFSET \(bind: (min(max(page, 1), Self.lastPage) - 1) * Self.signalPageSize)
            """).all(decoding: Row.self)
        try await audit.record("signalen-bekijken", by: actor, processing: processing, subjects: rows.map(\.bsn), on: database)
        return rows.map { Match(bsn: $0.bsn, organisationName: $0.naam, contactName: $0.contactpersoon, contact: $0.contact, since: $0.sinds) }
    }

    /// For the resident: every organisation involved with them, with whom to contact.
    func involvedWithMe() async throws -> [Match] {
        let bsn = try actor.residentBSN()
        let involvements = try await Involvement.query(on: database).filter(\.$bsn == bsn).filter(\.$endedAt == nil)
            .sort(\.$since).all()
        try await audit.record("eigen-betrokkenheden-inzien", by: actor,
                               processing: .ownInspection(by: actor.organisationID),
                               subjects: [bsn], on: database)
        let names = try await organisationNames(involvements.map(\.organisationID))
        return involvements.map { Match(bsn: $0.bsn, organisationName: names[$0.organisationID] ?? "", contactName: $0.contactName,
                                        contact: $0.contact, since: $0.since) }
    }

    private func organisationNames(_ ids: [UUID]) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await Organisation.query(on: database).filter(\.$id ~~ Array(Set(ids))).all()
            .map { ($0.id!, $0.name) })
    }
}
