import Fluent
import Foundation
import PleinDomain

/// The wijken of a municipality by postcode and the team that serves each. The municipality's
/// functional administrators manage them; anyone may read them (no personal data).
struct AreaService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    struct Input: Sendable {
        var name = ""
        var from = ""
        var through = ""
        var servedBy = ""
    }

    /// An area with the name of whoever serves it.
    struct Listed: Sendable {
        let area: Area
        let municipalityName: String
        let servedByName: String?
    }

    /// The area a postcode falls in, within one municipality.
    static func area(for postcode: Postcode, in municipalityID: UUID, on database: any Database) async throws -> Area? {
        try await Area.query(on: database).filter(\.$gemeenteID == municipalityID)
            .filter(\.$postcodeFrom <= postcode.number).filter(\.$postcodeThrough >= postcode.number).first()
    }

    /// The administrator's own municipality's areas.
    func administered() async throws -> [Listed] {
        try await MunicipalityAdministrator.require("gebieden-beheren", by: actor, audit: audit, on: database)
        return try await list(municipalityID: actor.organisationID)
    }

    /// All areas, or the one of a postcode.
    func list(postcode: Postcode? = nil, municipalityID: UUID? = nil) async throws -> [Listed] {
        var query = Area.query(on: database)
        if let municipalityID { query = query.filter(\.$gemeenteID == municipalityID) }
        if let postcode { query = query.filter(\.$postcodeFrom <= postcode.number).filter(\.$postcodeThrough >= postcode.number) }
        let areas = try await query.sort(\.$postcodeFrom).limit(1000).all()
        let ids = Set(areas.map(\.gemeenteID) + areas.compactMap(\.servedByID))
        let names = ids.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Organisation.query(on: database)
            .filter(\.$id ~~ Array(ids)).all().map { ($0.id!, $0.name) })
        return areas.map { Listed(area: $0, municipalityName: names[$0.gemeenteID] ?? "", servedByName: $0.servedByID.flatMap { names[$0] }) }
    }

    /// The organisations an area can be served by: care providers and the municipality itself.
    func teams() async throws -> [Organisation] {
        try await Organisation.query(on: database).group(.or) { group in
            group.filter(\.$kind == .zorgaanbieder).filter(\.$id == actor.organisationID)
        }.sort(\.$name).all()
    }

    func add(_ input: Input) async throws {
        try await MunicipalityAdministrator.require("gebied-toevoegen", by: actor, audit: audit, on: database)
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        let name = input.name.trimmingCharacters(in: .whitespaces)
        if !(2...80).contains(name.count) { fail("naam", "Geef de wijk een naam.", "Give the area a name.") }
        let from = Int(input.from.trimmingCharacters(in: .whitespaces)).flatMap { (1000...9999).contains($0) ? $0 : nil }
        if from == nil { fail("van", "Vul de eerste vier cijfers van een postcode in, bijvoorbeeld 1011.", "Enter the first four digits of a postcode, for example 1011.") }
        let through = Int(input.through.trimmingCharacters(in: .whitespaces)).flatMap { (1000...9999).contains($0) ? $0 : nil }
        if through == nil || (from != nil && through! < from!) {
            fail("totEnMet", "Vul vier cijfers in, niet lager dan de eerste.", "Enter four digits, not lower than the first.")
        }
        let servedBy = UUID(uuidString: input.servedBy)
        let teams = try await teams()
        if servedBy == nil || !teams.contains(where: { $0.id == servedBy }) {
            fail("bediendDoor", "Kies wie de wijk bedient.", "Choose who serves the area.")
        }
        if let from, let through, through >= from {
            let overlapping = try await Area.query(on: database).filter(\.$gemeenteID == actor.organisationID)
                .filter(\.$postcodeFrom <= through).filter(\.$postcodeThrough >= from).first()
            if let overlapping {
                fail("van", "Deze postcodes horen al (deels) bij wijk \(overlapping.name).", "These postcodes already (partly) belong to area \(overlapping.name).")
            }
        }
        guard errors.isEmpty, let from, let through else { throw PleinError.invalid(errors) }
        let area = Area(gemeenteID: actor.organisationID, name: name, postcodeFrom: from, postcodeThrough: through, servedByID: servedBy)
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await area.create(on: transaction)
            try await audit.record("gebied-toevoegen", by: actor, object: ("gebied", area.id!.uuidString), on: transaction)
        }
    }

    func remove(_ id: UUID) async throws {
        try await MunicipalityAdministrator.require("gebied-verwijderen", by: actor, audit: audit, on: database)
        guard let area = try await Area.find(id, on: database), area.gemeenteID == actor.organisationID else { throw PleinError.notFound }
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            // Requests sent earlier keep their team; they only lose the link to the wijk.
            try await HelpRequest.query(on: transaction).filter(\.$areaID == id).set(\.$areaID, to: nil).update()
            try await area.delete(on: transaction)
            try await audit.record("gebied-verwijderen", by: actor, object: ("gebied", id.uuidString), on: transaction)
        }
    }
}
