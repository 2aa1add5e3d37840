import Fluent
import Foundation
import PleinDomain

/// Help requests (Wmo): the resident asks, Plein finds the team of their wijk by postcode, the
/// team plans an intake. The resident never has to know which organisation serves their wijk.
struct HelpRequestService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    struct Input: Sendable {
        var theme = ""
        var question = ""
        var contact = ""
    }

    struct IntakeInput: Sendable {
        var date = ""
        var time = ""
        var place = ""
    }

    /// Where the resident's request goes.
    struct Destination: Sendable {
        let organisationID: UUID
        let organisationName: String
        let area: Area?
    }

    private func processing(_ organisationID: UUID) -> AuditRecorder.Processing {
        .init(activity: "hulpvraag-wmo", purpose: "Een hulpvraag van de inwoner beantwoorden (Wmo 2015 art. 2.3.2)",
              organisationID: organisationID)
    }

    /// The team of the wijk the resident lives in, by the postcode their municipality has; the
    /// municipality itself when no wijk covers it.
    func destination() async throws -> (Destination, Resident) {
        let bsn = try requireResident()
        guard let record = try await Resident.query(on: database).filter(\.$organisationID == actor.organisationID)
            .filter(\.$bsn == bsn).first() else {
            throw PleinError.forbidden(LocalizedText(nl: "Uw gemeente kent uw adres niet. Bel uw gemeente.",
                                                     en: "Your municipality does not know your address. Call your municipality."))
        }
        var area: Area? = nil
        if let postcode = Postcode(record.postcode) {
            area = try await AreaService.area(for: postcode, in: actor.organisationID, on: database)
        }
        let organisationID = area?.servedByID ?? actor.organisationID
        let name = try await Organisation.find(organisationID, on: database)?.name ?? ""
        return (Destination(organisationID: organisationID, organisationName: name, area: area), record)
    }

    @discardableResult
    func submit(_ input: Input) async throws -> HelpRequest {
        let (destination, record) = try await destination()
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        let theme = HelpRequest.Theme(rawValue: input.theme)
        if theme == nil { fail("thema", "Kies waar u hulp bij wilt.", "Choose what you want help with.") }
        let question = input.question.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(10...2000).contains(question.count) {
            fail("vraag", "Vertel in een paar zinnen wat er moeilijk gaat (hoogstens 2000 tekens).",
                 "Tell in a few sentences what is difficult (at most 2000 characters).")
        }
        let contact = input.contact.trimmingCharacters(in: .whitespaces)
        if !(6...100).contains(contact.count) || contact.contains(where: \.isNewline) {
            fail("contact", "Vul een telefoonnummer of e-mailadres in waarop het team u kan bereiken.",
                 "Enter a phone number or e-mail address where the team can reach you.")
        }
        guard errors.isEmpty, let theme else { throw PleinError.invalid(errors) }
        let request = HelpRequest(organisationID: destination.organisationID, municipalityID: actor.organisationID,
                                  areaID: destination.area?.id, bsn: record.bsn, residentName: record.fullName, theme: theme,
                                  question: question, contact: contact)
        let actor = self.actor, audit = self.audit, processing = processing(destination.organisationID)
        try await database.transaction { transaction in
            try await request.create(on: transaction)
            try await audit.record("hulpvraag-indienen", by: actor, object: ("hulpvraag", request.id!.uuidString),
                                   processing: processing, subjects: [record.bsn], on: transaction)
        }
        return request
    }

    /// The resident's own requests, newest first, with the team's name.
    func own() async throws -> [(request: HelpRequest, team: String)] {
        let bsn = try requireResident()
        let requests = try await HelpRequest.query(on: database).filter(\.$bsn == bsn).sort(\.$createdAt, .descending).all()
        try await audit.record("eigen-hulpvragen-inzien", by: actor,
                               processing: .ownInspection(by: actor.organisationID),
                               subjects: [bsn], on: database)
        let names = try await Organisation.query(on: database).filter(\.$id ~~ Array(Set(requests.map(\.organisationID)))).all()
        return requests.map { request in (request, names.first { $0.id == request.organisationID }?.name ?? "") }
    }

    /// The requests the actor's team received, open ones first.
    func received() async throws -> [HelpRequest] {
        try await requireTeam("hulpvragen-bekijken")
        // Status codes sort nieuw, intake_gepland, afgerond when descending: open requests first.
        let requests = try await HelpRequest.query(on: database).filter(\.$organisationID == actor.organisationID)
            .sort(\.$status, .descending).sort(\.$createdAt, .descending).limit(200).all()
        try await audit.record("hulpvragen-bekijken", by: actor, processing: processing(actor.organisationID),
                               subjects: requests.map(\.bsn), on: database)
        return requests
    }

    /// One request the team received, audited.
    func open(_ id: UUID) async throws -> HelpRequest {
        let request = try await ownRequest(id, "hulpvraag-inzien")
        try await audit.record("hulpvraag-inzien", by: actor, object: ("hulpvraag", id.uuidString),
                               processing: processing(actor.organisationID), subjects: [request.bsn], on: database)
        return request
    }

    func planIntake(_ id: UUID, _ input: IntakeInput, today: CivilDate) async throws {
        let request = try await ownRequest(id, "intake-plannen")
        guard request.status != .afgerond else {
            throw PleinError.invalid([FieldError(field: "datum", message: .init(nl: "Deze hulpvraag is afgerond.", en: "This help request is closed."))])
        }
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        let date = CivilDate(typed: input.date)
        if date == nil || date! < today { fail("datum", "Vul een datum vanaf vandaag in, bijvoorbeeld 1-12-2026.", "Enter a date from today, for example 1-12-2026.") }
        let time = input.time.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ":")
        let parts = time.split(separator: ":").compactMap { Int($0) }
        if parts.count != 2 || !(7...21).contains(parts[0]) || !(0...59).contains(parts[1]) {
            fail("tijd", "Vul een tijd in tussen 7:00 en 21:59, bijvoorbeeld 10:30.", "Enter a time between 7:00 and 21:59, for example 10:30.")
        }
        let place = input.place.trimmingCharacters(in: .whitespaces)
        if !(2...150).contains(place.count) { fail("plaats", "Vul in waar het gesprek is, bijvoorbeeld: bij u thuis.", "Enter where the meeting is, for example: at your home.") }
        guard errors.isEmpty, let date, parts.count == 2 else { throw PleinError.invalid(errors) }
        request.intakeAt = "\(date.description)T\(String(format: "%02d:%02d", parts[0], parts[1]))"
        request.intakePlace = place
        request.status = .intakeGepland
        try await save(request, "intake-plannen")
    }

    func close(_ id: UUID) async throws {
        let request = try await ownRequest(id, "hulpvraag-afronden")
        request.status = .afgerond
        try await save(request, "hulpvraag-afronden")
    }

    private func ownRequest(_ id: UUID, _ action: String) async throws -> HelpRequest {
        try await requireTeam(action)
        guard let request = try await HelpRequest.find(id, on: database), request.organisationID == actor.organisationID else {
            try await audit.record(action, by: actor, object: ("hulpvraag", id.uuidString), outcome: .geweigerd, on: database)
            throw PleinError.notFound
        }
        return request
    }

    private func save(_ request: HelpRequest, _ action: String) async throws {
        let actor = self.actor, audit = self.audit, processing = processing(actor.organisationID)
        try await database.transaction { transaction in
            try await request.save(on: transaction)
            try await audit.record(action, by: actor, object: ("hulpvraag", request.id!.uuidString), processing: processing,
                                   subjects: [request.bsn], on: transaction)
        }
    }

    private func requireTeam(_ action: String) async throws {
        try await audit.requireWorkingWithResidents(action, by: actor, refusal: .init(nl: "Alleen professionals behandelen hulpvragen.", en: "Only professionals handle help requests."), on: database)
    }

    private func requireResident() throws -> String {
        try actor.residentBSN(.init(nl: "Een hulpvraag stelt de inwoner zelf.", en: "A help request is made by the resident."))
    }
}
