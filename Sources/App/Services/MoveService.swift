import Fluent
import Foundation
import PleinDomain

/// A resident reports a move once; every organisation in Plein that knows them gets the new
/// address in its own record and, when it subscribed, a signed webhook for its own system.
/// This is not the legal change of address in the BRP, which the resident reports to their
/// (new) municipality; the page says so.
struct MoveService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    struct Input: Sendable {
        var postcode = ""
        var houseNumber = ""
        var town = ""
        var moveDate = ""
    }

    /// How far from today a move may be reported, in days, either way.
    static let window = 90

    private func requireResident() throws -> String {
        try actor.residentBSN(.init(nl: "Alleen inwoners geven hun verhuizing door.", en: "Only residents report their move."))
    }

    func reports() async throws -> [MoveReport] {
        let bsn = try requireResident()
        let reports = try await MoveReport.query(on: database).filter(\.$organisationID == actor.organisationID)
            .filter(\.$bsn == bsn).sort(\.$reportedAt, .descending).limit(5).all()
        try await audit.record("verhuizingen-inzien", by: actor,
                               processing: .ownInspection(by: actor.organisationID),
                               subjects: [bsn], on: database)
        return reports
    }

    @discardableResult
    func report(_ input: Input, today: CivilDate) async throws -> MoveReport {
        let bsn = try requireResident()
        let valid = try validate(input, today: today)
        // Every organisation's record of this person: the resident asked for all of them to be told.
        let records = try await Resident.query(on: database).filter(\.$bsn == bsn).all()
        let organisations = try await Organisation.query(on: database).filter(\.$id ~~ records.map(\.organisationID)).all()
        let names = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id!, $0.name) })
        let report = MoveReport(organisationID: actor.organisationID, bsn: bsn, postcode: valid.postcode.value,
                                houseNumber: valid.houseNumber, town: valid.town, moveDate: valid.moveDate.description,
                                toldTo: Array(Set(records.compactMap { names[$0.organisationID] })).sorted())
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await report.create(on: transaction)
            for record in records {
                record.postcode = valid.postcode.value
                record.houseNumber = valid.houseNumber
                record.town = valid.town
                try await record.save(on: transaction)
                try await audit.record("verhuizing-verwerken", by: actor, object: ("inwoner", record.id!.uuidString),
                                       processing: .init(activity: "verhuizing-doorgeven",
                                                         purpose: "Adreswijziging doorgeven op verzoek van de inwoner",
                                                         organisationID: record.organisationID),
                                       subjects: [bsn], on: transaction)
                try await WebhookDispatcher.enqueue(event: "verhuizing", body: try Self.payload(report, record: record),
                                                    for: record.organisationID, on: transaction)
            }
        }
        return report
    }

    /// The webhook body for one organisation: its own record's id and the new address, nothing more.
    static func payload(_ report: MoveReport, record: Resident) throws -> String {
        struct Body: Encodable {
            struct Address: Encodable { let postcode: String, huisnummer: String, woonplaats: String }
            let gebeurtenis = "verhuizing"
            let verhuizingId: String, inwonerId: String, bsn: String
            let nieuwAdres: Address
            let verhuisdatum: String, gemeldOp: Date
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let body = Body(verhuizingId: report.id!.uuidString, inwonerId: record.id!.uuidString, bsn: report.bsn,
                        nieuwAdres: .init(postcode: report.postcode, huisnummer: report.houseNumber, woonplaats: report.town),
                        verhuisdatum: report.moveDate, gemeldOp: report.reportedAt)
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }

    private struct Valid {
        let postcode: Postcode
        let houseNumber: String
        let town: String
        let moveDate: CivilDate
    }

    private func validate(_ input: Input, today: CivilDate) throws -> Valid {
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        let postcode = Postcode(input.postcode)
        if postcode == nil { fail("postcode", "Vul een postcode in zoals 1011 AB.", "Enter a postcode like 1011 AB.") }
        let houseNumber = input.houseNumber.trimmingCharacters(in: .whitespaces)
        if houseNumber.isEmpty || houseNumber.count > 10 || !(houseNumber.first?.isNumber ?? false) {
            fail("huisnummer", "Vul een huisnummer in, bijvoorbeeld 12 of 12a.", "Enter a house number, for example 12 or 12a.")
        }
        let town = input.town.trimmingCharacters(in: .whitespaces)
        if !(2...80).contains(town.count) { fail("woonplaats", "Vul de woonplaats in.", "Enter the town.") }
        let moveDate = CivilDate(typed: input.moveDate)
        if moveDate == nil {
            fail("verhuisdatum", "Vul de datum van de verhuizing in, bijvoorbeeld 1-12-2026.", "Enter the date of the move, for example 1-12-2026.")
        } else if let date = moveDate, date < today.adding(days: -Self.window) || date > today.adding(days: Self.window) {
            fail("verhuisdatum", "De verhuizing moet binnen 3 maanden van vandaag zijn.", "The move must be within 3 months of today.")
        }
        guard errors.isEmpty, let postcode, let moveDate else { throw PleinError.invalid(errors) }
        return Valid(postcode: postcode, houseNumber: houseNumber, town: town, moveDate: moveDate)
    }
}
