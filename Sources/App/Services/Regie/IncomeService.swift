import Fluent
import Foundation
import PleinDomain

/// Income parts: paying organisations supply them for residents they know; residents add the
/// parts no organisation on Plein supplies (wages, alimentatie) and see every part from every
/// payer together, with a monthly total and the coming payment dates.
struct IncomeService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    struct Input: Sendable {
        var bsn = ""
        var kind = ""
        var payer = ""
        var amount = ""
        var frequency = ""
        var firstPayment = ""
        var lastPayment = ""
    }

    /// One coming payment.
    struct Payment: Sendable {
        let date: CivilDate
        let part: IncomePart
    }

    /// Everything the resident's overview shows about their income.
    struct Overview: Sendable {
        let parts: [IncomePart]
        let monthlyTotal: Money
        let upcoming: [Payment]
    }

    /// The highest amount per payment (€ 1 million): more is a typing mistake, and twelve
    /// payments of it a month still sum far within Int64 cents.
    static let highestAmount = Money(cents: 1_000_000_00)

    /// How far ahead the overview lists payment dates.
    static let upcomingDays = 62

    private var processing: AuditRecorder.Processing {
        .init(activity: "inkomensoverzicht", purpose: "De inwoner ziet al zijn inkomsten op één plek",
              organisationID: actor.organisationID)
    }

    /// A paying organisation supplies a part for a resident it knows.
    @discardableResult
    func supply(_ input: Input, today: CivilDate) async throws -> IncomePart {
        try await audit.requireWorkingWithResidents("inkomen-doorgeven", by: actor, refusal: .init(nl: "Alleen professionals en koppelingen geven inkomsten door.", en: "Only professionals and partner systems supply income."), on: database)
        let bsn = BSN(input.bsn.trimmingCharacters(in: .whitespaces))
        var errors = bsn == nil ? [FieldError(field: "bsn", message: .init(nl: "Vul een geldig BSN in van 9 cijfers.",
                                                                             en: "Enter a valid 9-digit BSN."))] : []
        let validated = validate(input, today: today, errors: &errors)
        guard errors.isEmpty, let bsn, let validated else { throw PleinError.invalid(errors) }
        guard try await Resident.isKnown(bsn: bsn.digits, by: actor.organisationID, on: database) else {
            try await audit.record("inkomen-doorgeven", by: actor, outcome: .geweigerd, on: database)
            throw PleinError.invalid([Resident.unknownToOrganisation])
        }
        return try await create(validated, bsn: bsn.digits, byResident: false, action: "inkomen-doorgeven")
    }

    /// The resident adds a part themself.
    @discardableResult
    func addOwn(_ input: Input, today: CivilDate) async throws -> IncomePart {
        let bsn = try actor.residentBSN()
        var errors: [FieldError] = []
        let validated = validate(input, today: today, errors: &errors)
        guard errors.isEmpty, let validated else { throw PleinError.invalid(errors) }
        return try await create(validated, bsn: bsn, byResident: true, action: "eigen-inkomen-toevoegen")
    }

    /// The parts the actor's organisation supplied, for one resident or all, newest first.
    func supplied(bsn: String? = nil) async throws -> [IncomePart] {
        try await audit.requireWorkingWithResidents("inkomsten-bekijken", by: actor, refusal: .init(nl: "Alleen professionals en koppelingen zien doorgegeven inkomsten.", en: "Only professionals and partner systems see supplied income."), on: database)
        var query = IncomePart.query(on: database).filter(\.$organisationID == actor.organisationID)
            .filter(\.$enteredByResident == false).filter(\.$endedAt == nil)
        if let bsn { query = query.filter(\.$bsn == bsn) }
        let parts = try await query.sort(\.$createdAt, .descending).limit(500).all()
        try await audit.record("inkomsten-bekijken", by: actor, processing: processing, subjects: parts.map(\.bsn), on: database)
        return parts
    }

    /// The resident's own overview: every active part about them, from every payer.
    func overview(today: CivilDate) async throws -> Overview {
        let bsn = try actor.residentBSN()
        let parts = try await IncomePart.query(on: database).filter(\.$bsn == bsn).filter(\.$endedAt == nil)
            .sort(\.$createdAt).all()
            .filter { part in part.lastPayment.flatMap { CivilDate(iso: $0) }.map { $0 >= today } ?? true }
        try await audit.record("eigen-inkomsten-inzien", by: actor,
                               processing: .ownInspection(by: actor.organisationID),
                               subjects: [bsn], on: database)
        return Self.overview(of: parts, today: today)
    }

    /// The total per month and the payments of the coming weeks, soonest first.
    static func overview(of parts: [IncomePart], today: CivilDate) -> Overview {
        let through = today.adding(days: upcomingDays)
        let upcoming = parts.flatMap { part -> [Payment] in
            guard let anchor = CivilDate(iso: part.firstPayment) else { return [] }
            return part.frequency.paymentDates(anchor: anchor, from: today, through: through,
                                               last: part.lastPayment.flatMap { CivilDate(iso: $0) })
                .map { Payment(date: $0, part: part) }
        }.sorted { $0.date < $1.date }
        let total = parts.reduce(Money.zero) { $0 + $1.monthlyAmount }
        return Overview(parts: parts, monthlyTotal: total, upcoming: upcoming)
    }

    /// Ends a part: an organisation its own supplied parts, a resident the parts they entered.
    func end(_ id: UUID) async throws {
        guard let part = try await IncomePart.find(id, on: database), part.endedAt == nil,
              actor.isResident ? (part.enteredByResident && part.bsn == actor.bsn)
                               : (actor.mayWorkWithResidents && !part.enteredByResident && part.organisationID == actor.organisationID)
        else {
            try await audit.record("inkomen-beeindigen", by: actor, object: ("inkomen", id.uuidString), outcome: .geweigerd, on: database)
            throw PleinError.notFound
        }
        part.endedAt = Date()
        let actor = self.actor, audit = self.audit, processing = self.processing
        try await database.transaction { transaction in
            try await part.save(on: transaction)
            try await audit.record("inkomen-beeindigen", by: actor, object: ("inkomen", id.uuidString), processing: processing,
                                   subjects: [part.bsn], on: transaction)
        }
    }

    private struct Validated {
        let kind: IncomePart.Kind
        let payer: String
        let amount: Money
        let frequency: PaymentFrequency
        let firstPayment: CivilDate
        let lastPayment: CivilDate?
    }

    private func validate(_ input: Input, today: CivilDate, errors: inout [FieldError]) -> Validated? {
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        let kind = IncomePart.Kind(rawValue: input.kind)
        if kind == nil { fail("soort", "Kies wat voor inkomen het is.", "Choose what kind of income it is.") }
        let payer = input.payer.trimmingCharacters(in: .whitespaces)
        if payer.count > 100 {
            fail("betaler", "De naam is te lang: hoogstens 100 tekens.", "The name is too long: at most 100 characters.")
        } else if payer.count < 2 || payer.contains(where: \.isNewline) {
            fail("betaler", "Vul in wie het betaalt, bijvoorbeeld SVB of uw werkgever.", "Enter who pays it, for example SVB or your employer.")
        }
        let amount = Money(parsing: input.amount.trimmingCharacters(in: .whitespaces))
        // Each way an amount can be wrong has its own message: a higher amount used to get
        // "enter the amount", which never said that there is a limit, let alone which.
        if let amount, amount > Self.highestAmount {
            let most = Self.highestAmount.formatted
            fail("bedrag", "Het bedrag mag niet hoger zijn dan \(most) per keer.", "The amount may not be higher than \(most) each time.")
        } else if let amount, amount <= .zero {
            fail("bedrag", "Het bedrag moet hoger zijn dan € 0.", "The amount must be higher than € 0.")
        } else if amount == nil {
            fail("bedrag", "Vul het bedrag in dat u per keer krijgt, bijvoorbeeld 1234,56.",
                 "Enter the amount you receive each time, for example 1234.56.")
        }
        let frequency = PaymentFrequency(rawValue: input.frequency)
        if frequency == nil { fail("frequentie", "Kies hoe vaak u het krijgt.", "Choose how often you receive it.") }
        let first = CivilDate(typed: input.firstPayment)
        if first == nil || first! > today.adding(years: 1) || first! < today.adding(years: -50) {
            fail("eersteBetaling", "Vul de datum van een betaling in, bijvoorbeeld 25-11-2026.",
                 "Enter the date of a payment, for example 25-11-2026.")
        }
        let lastText = input.lastPayment.trimmingCharacters(in: .whitespaces)
        let last = lastText.isEmpty ? nil : CivilDate(typed: lastText)
        if !lastText.isEmpty && (last == nil || (first != nil && last! < first!)) {
            fail("laatsteBetaling", "Vul een datum in na de eerste betaling, of laat het leeg.",
                 "Enter a date after the first payment, or leave it empty.")
        }
        guard let kind, let amount, let frequency, let first else { return nil }
        return Validated(kind: kind, payer: payer, amount: amount, frequency: frequency, firstPayment: first, lastPayment: last)
    }

    private func create(_ value: Validated, bsn: String, byResident: Bool, action: String) async throws -> IncomePart {
        let part = IncomePart(organisationID: actor.organisationID, bsn: bsn, kind: value.kind, payer: value.payer,
                              amount: value.amount, frequency: value.frequency, firstPayment: value.firstPayment,
                              lastPayment: value.lastPayment, enteredByResident: byResident)
        let actor = self.actor, audit = self.audit, processing = self.processing
        try await database.transaction { transaction in
            try await part.create(on: transaction)
            try await audit.record(action, by: actor, object: ("inkomen", part.id!.uuidString), processing: processing,
                                   subjects: [bsn], on: transaction)
        }
        return part
    }

}
