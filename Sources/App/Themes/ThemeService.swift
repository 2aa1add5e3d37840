import Fluent
import Foundation
import PleinDomain
import PleinRules

/// What residents and visitors see of a municipality's themes: which are on, their pages in a
/// language, and the personal parts — the minima offer and the turning-18 checklist.
struct ThemeService: Sendable {
    let database: any Database
    /// Nil for a visitor who is not logged in.
    let actor: Actor?
    let audit: AuditRecorder

    /// A local scheme offered to a resident, with why.
    struct Offer: Sendable {
        let scheme: LokaleRegeling
        /// For a scheme per child: the children it is for.
        let children: [String]
        let amountPerYear: Money
    }

    /// Whose checklist: the resident themself or one of their children.
    struct Checklist: Sendable {
        let name: String
        let birthDate: CivilDate
        let items: [TurningEighteenChecklist.Item]
        /// Written to the young person; a parent reads their child's.
        let isOwn: Bool
    }

    /// The municipality a page is about: the user's own, or the only municipality on this
    /// installation for a visitor. With several, a visitor sees no municipal themes.
    func municipality() async throws -> Organisation? {
        if let actor, let own = try await Organisation.find(actor.organisationID, on: database), own.kind == .gemeente { return own }
        let municipalities = try await Organisation.query(on: database).filter(\.$kind == .gemeente).limit(2).all()
        return municipalities.count == 1 ? municipalities.first : nil
    }

    func settings(of municipality: Organisation) async throws -> MunicipalitySettings? {
        try await MunicipalitySettings.query(on: database).filter(\.$organisationID == municipality.requireID()).first()
    }

    func enabledThemes() async throws -> [Theme] {
        guard let municipality = try await municipality() else { return [] }
        return try await settings(of: municipality)?.themes ?? []
    }

    /// The theme's page in the language, falling back to Dutch; `.off` when the municipality
    /// has not switched the theme on.
    enum PageLookup { case off, on(ThemePage?) }

    func page(_ theme: Theme, in language: ContentLanguage) async throws -> PageLookup {
        guard let municipality = try await municipality(), try await settings(of: municipality)?.themes.contains(theme) == true else { return .off }
        let pages = try await ThemePage.query(on: database).filter(\.$organisationID == municipality.requireID())
            .filter(\.$theme == theme).all()
        return .on(pages.first { $0.language == language } ?? pages.first { $0.language == .nl })
    }

    /// The municipality's local schemes, as the rules engine reads them.
    func schemes() async throws -> GemeenteRegelingen? {
        guard let municipality = try await municipality(), let json = try await settings(of: municipality)?.schemesJSON else { return nil }
        return try? JSONDecoder().decode(GemeenteRegelingen.self, from: Data(json.utf8))
    }

    /// For a resident who receives bijstand, the local schemes whose income limit is at or
    /// above the bijstandsnorm: their income is known to be low enough, so they are offered
    /// without asking again. Nil when Plein does not know that the resident receives bijstand.
    func minimaOffer(today: CivilDate) async throws -> [Offer]? {
        guard let actor, actor.isResident, let bsn = actor.bsn, let schemes = try await schemes() else { return nil }
        guard try await receivesBijstand(bsn: bsn, municipalityID: actor.organisationID) else { return nil }
        let household = try await householdMembers(bsn: bsn)
        try await audit.record("minima-aanbod-inzien", by: actor,
                               processing: .init(activity: "minima-aanbod", purpose: "Inwoners met bijstand de minimaregelingen aanbieden waar zij recht op hebben",
                                                 organisationID: actor.organisationID),
                               subjects: household.map(\.bsn), on: database)
        let me = household.first { $0.bsn == bsn }
        return schemes.regelingen.filter { $0.inkomensgrensPercentage >= 100 }.compactMap { scheme in
            switch scheme.doelgroep {
            case .huishouden:
                guard let me, let birth = CivilDate(iso: me.birthDate), scheme.leeftijdPast(birth.age(on: today)) else { return nil }
                return Offer(scheme: scheme, children: [], amountPerYear: scheme.bedragPerJaar)
            case .kind:
                let children = household.filter { member in
                    member.householdRole == "kind" && (CivilDate(iso: member.birthDate).map { scheme.leeftijdPast($0.age(on: today)) } ?? false)
                }
                guard !children.isEmpty else { return nil }
                return Offer(scheme: scheme, children: children.map(\.givenNames), amountPerYear: scheme.bedragPerJaar * Int64(children.count))
            }
        }
    }

    /// The resident's own checklist while they are under 19, and their children's from 14.
    func checklists(today: CivilDate) async throws -> [Checklist] {
        guard let actor, actor.isResident, let bsn = actor.bsn else { return [] }
        let household = try await householdMembers(bsn: bsn)
        let shown = household.filter { member in
            guard let birth = CivilDate(iso: member.birthDate) else { return false }
            let age = birth.age(on: today)
            return member.bsn == bsn ? age < 19 : (member.householdRole == "kind" && (14...17).contains(age))
        }
        guard !shown.isEmpty else { return [] }
        try await audit.record("jeugd-checklist-inzien", by: actor,
                               processing: .init(activity: "inzage-betrokkene", purpose: "De inwoner ziet wat er verandert bij 18 jaar",
                                                 organisationID: actor.organisationID),
                               subjects: shown.map(\.bsn), on: database)
        return shown.compactMap { member in
            CivilDate(iso: member.birthDate).map {
                Checklist(name: member.fullName, birthDate: $0, items: TurningEighteenChecklist.items(birthDate: $0), isOwn: member.bsn == bsn)
            }
        }
    }

    private func receivesBijstand(bsn: String, municipalityID: UUID) async throws -> Bool {
        // Only what a paying organisation supplied counts, not what the resident typed in.
        let supplied = try await IncomePart.query(on: database).filter(\.$bsn == bsn).filter(\.$kind == .bijstand)
            .filter(\.$enteredByResident == false).filter(\.$endedAt == nil).all()
        if supplied.contains(where: { part in part.lastPayment.flatMap { CivilDate(iso: $0) }.map { $0 >= .today } ?? true }) {
            return true
        }
        let cases = try await CaseFile.query(on: database).filter(\.$organisationID == municipalityID).filter(\.$bsn == bsn)
            .filter(\.$status == .besloten).all().compactMap(\.id)
        guard !cases.isEmpty else { return false }
        return try await Decision.query(on: database).filter(\.$caseID ~~ cases).filter(\.$kind == .toekenning).count() > 0
    }

    /// The resident and the members of their household as their municipality records them.
    private func householdMembers(bsn: String) async throws -> [Resident] {
        guard let actor, let record = try await Resident.query(on: database).filter(\.$organisationID == actor.organisationID)
            .filter(\.$bsn == bsn).first() else { return [] }
        guard let household = record.householdID else { return [record] }
        return try await Resident.query(on: database).filter(\.$organisationID == actor.organisationID)
            .filter(\.$householdID == household).sort(\.$birthDate).all()
    }
}
