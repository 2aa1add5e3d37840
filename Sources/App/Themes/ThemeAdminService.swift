import Fluent
import Foundation

/// The functional administrator's side of themes: which are on, their pages per language, and
/// the plan templates per theme.
struct ThemeAdminService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    struct PageInput: Sendable {
        var title = ""
        var body = ""
    }

    func settings() async throws -> MunicipalitySettings {
        try await MunicipalityAdministrator.require("themas-beheren", by: actor, audit: audit, on: database)
        return try await MunicipalitySettings.query(on: database).filter(\.$organisationID == actor.organisationID).first()
            ?? MunicipalitySettings(organisationID: actor.organisationID, themes: [], schemesJSON: nil)
    }

    /// `retrying`: a double click can create the settings twice at once; the second save
    /// then fails on the unique index and is tried once more, over the first.
    func setThemes(_ themes: [Theme], retrying: Bool = true) async throws {
        let settings = try await settings()
        settings.themes = themes
        let actor = self.actor, audit = self.audit
        do {
            try await database.transaction { transaction in
                try await settings.save(on: transaction)
                try await audit.record("themas-instellen", by: actor, on: transaction)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure && retrying {
            try await setThemes(themes, retrying: false)
        }
    }

    func pages() async throws -> [ThemePage] {
        try await MunicipalityAdministrator.require("themas-beheren", by: actor, audit: audit, on: database)
        return try await ThemePage.query(on: database).filter(\.$organisationID == actor.organisationID).all()
    }

    func page(_ theme: Theme, _ language: ContentLanguage) async throws -> ThemePage? {
        try await pages().first { $0.theme == theme && $0.language == language }
    }

    /// `retrying`: as for `setThemes`, a double click is saved once more over the first.
    func savePage(_ theme: Theme, _ language: ContentLanguage, _ input: PageInput, retrying: Bool = true) async throws {
        try await MunicipalityAdministrator.require("themapagina-opslaan", by: actor, audit: audit, on: database)
        guard theme.languages.contains(language) else { throw PleinError.notFound }
        var errors: [FieldError] = []
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = input.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(1...150).contains(title.count) { errors.append(FieldError(field: "titel", message: .init(nl: "Vul een titel in (hoogstens 150 tekens).", en: "Enter a title (at most 150 characters)."))) }
        if !(1...20_000).contains(body.count) { errors.append(FieldError(field: "inhoud", message: .init(nl: "Vul de tekst van de pagina in.", en: "Enter the page's text."))) }
        guard errors.isEmpty else { throw PleinError.invalid(errors) }
        let page = try await ThemePage.query(on: database).filter(\.$organisationID == actor.organisationID)
            .filter(\.$theme == theme).filter(\.$language == language).first()
            ?? ThemePage(organisationID: actor.organisationID, theme: theme, language: language, title: title, body: body)
        page.title = title
        page.body = body
        let actor = self.actor, audit = self.audit
        do {
            try await database.transaction { transaction in
                try await page.save(on: transaction)
                try await audit.record("themapagina-opslaan", by: actor, object: ("themapagina", "\(theme.rawValue)/\(language.rawValue)"), on: transaction)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure && retrying {
            try await savePage(theme, language, input, retrying: false)
        }
    }

    func planTemplates() async throws -> [PlanTemplate] {
        try await MunicipalityAdministrator.require("plansjablonen-bekijken", by: actor, audit: audit, on: database)
        return try await PlanTemplate.query(on: database).filter(\.$organisationID == actor.organisationID).sort(\.$name).all()
    }

    /// A template from plain text: a line is a goal; a line starting with "- " an action for the
    /// goal above it, done by the organisation, or by the resident when it starts with "- inwoner:".
    func addPlanTemplate(theme: String, name: String, outline: String) async throws {
        try await MunicipalityAdministrator.require("plansjabloon-toevoegen", by: actor, audit: audit, on: database)
        var errors: [FieldError] = []
        let theme = Theme(rawValue: theme)
        if theme == nil { errors.append(FieldError(field: "thema", message: .init(nl: "Kies een thema.", en: "Choose a theme."))) }
        let name = name.trimmingCharacters(in: .whitespaces)
        if !(2...120).contains(name.count) { errors.append(FieldError(field: "naam", message: .init(nl: "Geef het sjabloon een naam.", en: "Give the template a name."))) }
        var goals: [PlanTemplate.Goal] = []
        var orphan = false
        for line in outline.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if line.hasPrefix("- ") {
                var text = String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
                var assignee = PlanAction.Assignee.organisatie
                if text.lowercased().hasPrefix("inwoner:") {
                    assignee = .inwoner
                    text = String(text.dropFirst(8)).trimmingCharacters(in: .whitespaces)
                }
                guard !goals.isEmpty else { orphan = true; continue }
                goals[goals.count - 1].acties.append(.init(omschrijving: String(text.prefix(300)), uitvoerder: assignee, termijnDagen: nil))
            } else {
                goals.append(.init(omschrijving: String(line.prefix(300)), acties: []))
            }
        }
        if goals.isEmpty || orphan {
            errors.append(FieldError(field: "doelen", message: .init(
                nl: "Schrijf eerst een doel op een regel, en daaronder de acties met \"- \" ervoor.",
                en: "First write a goal on a line, and below it the actions starting with \"- \".")))
        }
        guard errors.isEmpty, let theme else { throw PleinError.invalid(errors) }
        let template = try PlanTemplate(organisationID: actor.organisationID, theme: theme, name: name, goals: goals)
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await template.create(on: transaction)
            try await audit.record("plansjabloon-toevoegen", by: actor, object: ("plansjabloon", template.id!.uuidString), on: transaction)
        }
    }

    func removePlanTemplate(_ id: UUID) async throws {
        try await MunicipalityAdministrator.require("plansjabloon-verwijderen", by: actor, audit: audit, on: database)
        guard let template = try await PlanTemplate.find(id, on: database), template.organisationID == actor.organisationID else {
            throw PleinError.notFound
        }
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await template.delete(on: transaction)
            try await audit.record("plansjabloon-verwijderen", by: actor, object: ("plansjabloon", id.uuidString), on: transaction)
        }
    }
}
