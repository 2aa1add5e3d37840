import Fluent
import Foundation
import PleinDomain
import PleinRules

/// Exports and imports a municipality's configuration as one file. An import checks the whole
/// file first — every wrong value named with its place in the file — and changes nothing unless
/// all of it is right; then it replaces the configuration in one transaction.
struct ConfigurationService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    /// What an import replaced, for the operator.
    struct Summary: Sendable, Equatable {
        let themes: Int, schemes: Int, areas: Int, assignmentTemplates: Int, planTemplates: Int, pages: Int

        var text: LocalizedText {
            .init(nl: "Ingelezen: \(themes) thema's, \(schemes) lokale regelingen, \(areas) wijken, \(assignmentTemplates) opdrachtsjablonen, \(planTemplates) plansjablonen, \(pages) pagina's.",
                  en: "Imported: \(themes) themes, \(schemes) local schemes, \(areas) areas, \(assignmentTemplates) assignment templates, \(planTemplates) plan templates, \(pages) pages.")
        }
    }

    func export() async throws -> MunicipalityConfiguration {
        let municipality = try await MunicipalityAdministrator.require("configuratie-exporteren", by: actor, allowingOperator: true, audit: audit, on: database)
        let id = try municipality.requireID()
        let settings = try await MunicipalitySettings.query(on: database).filter(\.$organisationID == id).first()
        let areas = try await Area.query(on: database).filter(\.$gemeenteID == id).sort(\.$postcodeFrom).all()
        let servers = try await Organisation.query(on: database).filter(\.$id ~~ areas.compactMap(\.servedByID)).all()
        let assignments = try await AssignmentTemplate.query(on: database).filter(\.$organisationID == id).sort(\.$title).all()
        let plans = try await PlanTemplate.query(on: database).filter(\.$organisationID == id).sort(\.$name).all()
        let pages = try await ThemePage.query(on: database).filter(\.$organisationID == id).all()
            .sorted { ($0.theme.rawValue, $0.language.rawValue) < ($1.theme.rawValue, $1.language.rawValue) }
        try await audit.record("configuratie-exporteren", by: actor, on: database)
        return MunicipalityConfiguration(
            formaat: MunicipalityConfiguration.formatName, versie: MunicipalityConfiguration.currentVersion,
            gemeente: municipality.name, themas: settings?.themes.map(\.rawValue) ?? [],
            regelingen: try settings?.schemesJSON.map { try JSONDecoder().decode(GemeenteRegelingen.self, from: Data($0.utf8)) },
            gebieden: areas.map { area in
                .init(naam: area.name, postcodeVan: area.postcodeFrom, postcodeTotEnMet: area.postcodeThrough,
                      bediendDoor: servers.first { $0.id == area.servedByID }?.name)
            },
            opdrachtsjablonen: assignments.map {
                .init(titel: $0.title, instructie: $0.instructions, bewijs: $0.proof.rawValue, termijnDagen: $0.daysToComplete,
                      bijZoekperiode: $0.givenAtSearchPeriod, actief: $0.active)
            },
            plansjablonen: plans.map { template in
                .init(thema: template.theme.rawValue, naam: template.name, doelen: template.goals.map { goal in
                    .init(omschrijving: goal.omschrijving, acties: goal.acties.map {
                        .init(omschrijving: $0.omschrijving, uitvoerder: $0.uitvoerder.rawValue, termijnDagen: $0.termijnDagen)
                    })
                })
            },
            paginas: pages.map { .init(thema: $0.theme.rawValue, taal: $0.language.rawValue, titel: $0.title, inhoud: $0.body) })
    }

    /// Reads and checks a file; every problem is a `FieldError` whose field is its place in the file.
    func decode(_ data: Data) -> Result<MunicipalityConfiguration, PleinError> {
        do {
            return .success(try JSONDecoder().decode(MunicipalityConfiguration.self, from: data))
        } catch let DecodingError.keyNotFound(key, context) {
            return .failure(Self.problem(Self.path(context.codingPath + [key]), "ontbreekt"))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            return .failure(Self.problem(Self.path(context.codingPath), "heeft niet het goede type"))
        } catch let DecodingError.dataCorrupted(context) {
            return .failure(Self.problem(context.codingPath.isEmpty ? "bestand" : Self.path(context.codingPath),
                                         context.codingPath.isEmpty ? "is geen geldige JSON" : context.debugDescription))
        } catch {
            return .failure(Self.problem("bestand", "is niet te lezen"))
        }
    }

    func `import`(_ data: Data) async throws -> Summary {
        let municipality = try await MunicipalityAdministrator.require("configuratie-importeren", by: actor, allowingOperator: true, audit: audit, on: database)
        let id = try municipality.requireID()
        let file: MunicipalityConfiguration
        switch decode(data) {
        case .success(let decoded): file = decoded
        case .failure(let error): throw error
        }
        let organisations = try await Organisation.query(on: database).all()
        let checked = try validate(file, organisations: organisations, municipalityID: id)
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await MunicipalitySettings.query(on: transaction).filter(\.$organisationID == id).delete()
            try await MunicipalitySettings(organisationID: id, themes: checked.themes, schemesJSON: checked.schemesJSON).create(on: transaction)
            // Requests sent earlier keep their team; they only lose the link to the old wijk.
            let oldAreas = try await Area.query(on: transaction).filter(\.$gemeenteID == id).all().compactMap(\.id)
            if !oldAreas.isEmpty {
                try await HelpRequest.query(on: transaction).filter(\.$areaID ~~ oldAreas).set(\.$areaID, to: nil).update()
            }
            try await Area.query(on: transaction).filter(\.$gemeenteID == id).delete()
            for area in checked.areas { try await area.create(on: transaction) }
            try await AssignmentTemplate.query(on: transaction).filter(\.$organisationID == id).delete()
            for template in checked.assignmentTemplates { try await template.create(on: transaction) }
            try await PlanTemplate.query(on: transaction).filter(\.$organisationID == id).delete()
            for template in checked.planTemplates { try await template.create(on: transaction) }
            try await ThemePage.query(on: transaction).filter(\.$organisationID == id).delete()
            for page in checked.pages { try await page.create(on: transaction) }
            try await audit.record("configuratie-importeren", by: actor, on: transaction)
        }
        return Summary(themes: checked.themes.count, schemes: file.regelingen?.regelingen.count ?? 0, areas: checked.areas.count,
                       assignmentTemplates: checked.assignmentTemplates.count, planTemplates: checked.planTemplates.count,
                       pages: checked.pages.count)
    }

    private struct Checked {
        var themes: [Theme] = []
        var schemesJSON: String?
        var areas: [Area] = []
        var assignmentTemplates: [AssignmentTemplate] = []
        var planTemplates: [PlanTemplate] = []
        var pages: [ThemePage] = []
    }

    private func validate(_ file: MunicipalityConfiguration, organisations: [Organisation], municipalityID id: UUID) throws -> Checked {
        var errors: [FieldError] = []
        func fail(_ path: String, _ message: String) { errors.append(FieldError(field: path, message: .init(nl: message, en: message))) }
        func text(_ value: String, _ path: String, max: Int) -> String {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.count > max { fail(path, "moet tekst zijn van 1 tot \(max) tekens") }
            return trimmed
        }
        var checked = Checked()
        if file.formaat != MunicipalityConfiguration.formatName { fail("formaat", "moet \"\(MunicipalityConfiguration.formatName)\" zijn") }
        if file.versie != MunicipalityConfiguration.currentVersion {
            fail("versie", "\(file.versie) wordt niet ondersteund; deze Plein leest versie \(MunicipalityConfiguration.currentVersion)")
        }
        for (index, code) in file.themas.enumerated() {
            if let theme = Theme(rawValue: code) { checked.themes.append(theme) } else {
                fail("themas[\(index)]", "onbekend thema \"\(code)\"; kies uit \(Theme.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if let schemes = file.regelingen {
            var codes = Set<String>()
            for (index, scheme) in schemes.regelingen.enumerated() {
                let path = "regelingen.regelingen[\(index)]"
                if !codes.insert(scheme.code).inserted { fail("\(path).code", "\"\(scheme.code)\" komt twee keer voor") }
                if !(1...500).contains(scheme.inkomensgrensPercentage) { fail("\(path).inkomensgrensPercentage", "moet tussen 1 en 500 liggen") }
                if let low = scheme.minimumLeeftijd, let high = scheme.maximumLeeftijd, low > high {
                    fail("\(path).minimumLeeftijd", "is hoger dan maximumLeeftijd")
                }
                if scheme.bedragPerJaar < .zero { fail("\(path).bedragPerJaar", "mag niet negatief zijn") }
            }
            checked.schemesJSON = String(decoding: try JSONEncoder().encode(schemes), as: UTF8.self)
        }
        for (index, entry) in file.gebieden.enumerated() {
            let path = "gebieden[\(index)]"
            let name = text(entry.naam, "\(path).naam", max: 80)
            if !(1000...9999).contains(entry.postcodeVan) { fail("\(path).postcodeVan", "moet vier cijfers zijn (1000 tot en met 9999)") }
            if !(1000...9999).contains(entry.postcodeTotEnMet) || entry.postcodeTotEnMet < entry.postcodeVan {
                fail("\(path).postcodeTotEnMet", "moet vier cijfers zijn, niet lager dan postcodeVan")
            }
            var servedBy: UUID? = nil
            if let serverName = entry.bediendDoor {
                // The same teams the wijken page offers: help requests carry personal data.
                let teams = organisations.filter { $0.name == serverName && ($0.kind == .zorgaanbieder || $0.id == id) }
                if teams.count == 1 { servedBy = teams[0].id } else {
                    fail("\(path).bediendDoor", teams.isEmpty
                         ? "\"\(serverName)\" is geen zorgaanbieder in deze installatie en niet de gemeente zelf"
                         : "meer organisaties heten \"\(serverName)\"")
                }
            }
            for (earlier, other) in file.gebieden.prefix(index).enumerated()
            where other.postcodeVan <= entry.postcodeTotEnMet && other.postcodeTotEnMet >= entry.postcodeVan {
                fail("\(path).postcodeVan", "overlapt met gebieden[\(earlier)] (\(other.naam))")
            }
            checked.areas.append(Area(gemeenteID: id, name: name, postcodeFrom: entry.postcodeVan, postcodeThrough: entry.postcodeTotEnMet,
                                      servedByID: servedBy))
        }
        for (index, entry) in file.opdrachtsjablonen.enumerated() {
            let path = "opdrachtsjablonen[\(index)]"
            let proof = Assignment.Proof(rawValue: entry.bewijs)
            if proof == nil { fail("\(path).bewijs", "kies uit \(Assignment.Proof.allCases.map(\.rawValue).joined(separator: ", "))") }
            if !(1...365).contains(entry.termijnDagen) { fail("\(path).termijnDagen", "moet tussen 1 en 365 liggen") }
            let template = AssignmentTemplate(organisationID: id, title: text(entry.titel, "\(path).titel", max: 120),
                                              instructions: text(entry.instructie, "\(path).instructie", max: 2000),
                                              proof: proof ?? .tekst, daysToComplete: entry.termijnDagen, givenAtSearchPeriod: entry.bijZoekperiode)
            template.active = entry.actief
            checked.assignmentTemplates.append(template)
        }
        for (index, entry) in file.plansjablonen.enumerated() {
            let path = "plansjablonen[\(index)]"
            let theme = Theme(rawValue: entry.thema)
            if theme == nil { fail("\(path).thema", "onbekend thema \"\(entry.thema)\"") }
            var goals: [PlanTemplate.Goal] = []
            for (goalIndex, goal) in entry.doelen.enumerated() {
                let goalPath = "\(path).doelen[\(goalIndex)]"
                var actions: [PlanTemplate.Action] = []
                for (actionIndex, action) in goal.acties.enumerated() {
                    let actionPath = "\(goalPath).acties[\(actionIndex)]"
                    let assignee = PlanAction.Assignee(rawValue: action.uitvoerder).flatMap { $0 == .professional ? nil : $0 }
                    if assignee == nil { fail("\(actionPath).uitvoerder", "kies inwoner of organisatie") }
                    if let days = action.termijnDagen, !(1...730).contains(days) { fail("\(actionPath).termijnDagen", "moet tussen 1 en 730 liggen") }
                    actions.append(.init(omschrijving: text(action.omschrijving, "\(actionPath).omschrijving", max: 300),
                                         uitvoerder: assignee ?? .inwoner, termijnDagen: action.termijnDagen))
                }
                goals.append(.init(omschrijving: text(goal.omschrijving, "\(goalPath).omschrijving", max: 300), acties: actions))
            }
            checked.planTemplates.append(try PlanTemplate(organisationID: id, theme: theme ?? .wmo,
                                                          name: text(entry.naam, "\(path).naam", max: 120), goals: goals))
        }
        var seenPages = Set<String>()
        for (index, entry) in file.paginas.enumerated() {
            let path = "paginas[\(index)]"
            let theme = Theme(rawValue: entry.thema)
            let language = ContentLanguage(rawValue: entry.taal)
            if theme == nil { fail("\(path).thema", "onbekend thema \"\(entry.thema)\"") }
            if language == nil { fail("\(path).taal", "kies uit \(ContentLanguage.allCases.map(\.rawValue).joined(separator: ", "))") }
            if let theme, let language, !theme.languages.contains(language) {
                fail("\(path).taal", "thema \(theme.rawValue) heeft geen pagina in \(language.rawValue)")
            }
            if !seenPages.insert("\(entry.thema)/\(entry.taal)").inserted { fail(path, "er is al een pagina voor \(entry.thema) in \(entry.taal)") }
            checked.pages.append(ThemePage(organisationID: id, theme: theme ?? .wmo, language: language ?? .nl,
                                           title: text(entry.titel, "\(path).titel", max: 150), body: text(entry.inhoud, "\(path).inhoud", max: 20_000)))
        }
        guard errors.isEmpty else { throw PleinError.invalid(errors) }
        return checked
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { path, key in
            if let index = key.intValue { return "\(path)[\(index)]" }
            return path.isEmpty ? key.stringValue : "\(path).\(key.stringValue)"
        }
    }

    private static func problem(_ path: String, _ message: String) -> PleinError {
        .invalid([FieldError(field: path, message: .init(nl: message, en: message))])
    }
}
