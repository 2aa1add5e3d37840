import Foundation
import Vapor

/// The functional administrator's themes, pages, plan templates and configuration file.
enum ThemeAdminController {
    private static func service(_ req: Request) throws -> ThemeAdminService {
        ThemeAdminService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
    }

    private static func configuration(_ req: Request) throws -> ConfigurationService {
        ConfigurationService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
    }

    static func index(_ req: Request) async throws -> Response {
        let done = (try? req.query.get(String.self, at: "gedaan")) != nil
        return try await page(req, notice: done ? req.state.language.pick(nl: "Opgeslagen.", en: "Saved.") : nil)
    }

    static func setThemes(_ req: Request) async throws -> Response {
        try await service(req).setThemes(Theme.allCases.filter { req.formField($0.rawValue) == "ja" })
        return req.redirect(to: "/beheer/themas?gedaan=1")
    }

    static func editPage(_ req: Request) async throws -> Response {
        let (theme, language) = try pageKey(req)
        let existing = try await service(req).page(theme, language)
        let input = ThemeAdminService.PageInput(title: existing?.title ?? "", body: existing?.body ?? "")
        return req.html(ThemePageEditPage(context: try await req.pageContext(), theme: theme, language: language, input: input).render())
    }

    static func savePage(_ req: Request) async throws -> Response {
        let (theme, language) = try pageKey(req)
        let input = ThemeAdminService.PageInput(title: req.formField("titel"), body: req.formField("inhoud"))
        do {
            try await service(req).savePage(theme, language, input)
        } catch PleinError.invalid(let errors) {
            let page = ThemePageEditPage(context: try await req.pageContext(), theme: theme, language: language, input: input, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
        return req.redirect(to: "/beheer/themas?gedaan=1")
    }

    static func addPlanTemplate(_ req: Request) async throws -> Response {
        let input = (theme: req.formField("thema"), name: req.formField("naam"), outline: req.formField("doelen"))
        do {
            try await service(req).addPlanTemplate(theme: input.theme, name: input.name, outline: input.outline)
        } catch PleinError.invalid(let errors) {
            return try await page(req, templateInput: input, errors: errors)
        }
        return req.redirect(to: "/beheer/themas?gedaan=1")
    }

    static func removePlanTemplate(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        try await service(req).removePlanTemplate(id)
        return req.redirect(to: "/beheer/themas?gedaan=1")
    }

    /// The configuration file, as a download.
    static func export(_ req: Request) async throws -> Response {
        let file = try await configuration(req).export()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let response = Response(status: .ok, body: .init(data: try encoder.encode(file)))
        response.headers.contentType = .json
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"plein-configuratie.json\"")
        return response
    }

    static func `import`(_ req: Request) async throws -> Response {
        guard let file = try? req.content.get(File.self, at: "bestand"), file.data.readableBytes > 0 else {
            return try await page(req, errors: [FieldError(field: "bestand", message: .init(nl: "Kies een configuratiebestand.", en: "Choose a configuration file."))])
        }
        do {
            let summary = try await configuration(req).import(Data(buffer: file.data))
            return try await page(req, notice: summary.text.text(in: req.state.language))
        } catch PleinError.invalid(let errors) {
            // Problems are named by their place in the file; the summary links them to the file field.
            return try await page(req, errors: errors.map { FieldError(field: "bestand", message: .init(nl: "\($0.field): \($0.message.nl)", en: "\($0.field): \($0.message.en)")) })
        }
    }

    private static func pageKey(_ req: Request) throws -> (Theme, ContentLanguage) {
        guard let theme = req.parameters.get("thema").flatMap(Theme.init(rawValue:)),
              let language = req.parameters.get("taal").flatMap(ContentLanguage.init(rawValue:)), theme.languages.contains(language)
        else { throw PleinError.notFound }
        return (theme, language)
    }

    private static func page(_ req: Request, templateInput: (theme: String, name: String, outline: String) = ("", "", ""),
                             notice: String? = nil, errors: [FieldError] = []) async throws -> Response {
        let service = try service(req)
        let page = ThemeAdminPage(context: try await req.pageContext(), enabled: try await service.settings().themes,
                                  pages: try await service.pages(), templates: try await service.planTemplates(),
                                  templateInput: templateInput, notice: notice, errors: errors)
        return req.html(page.render(), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
