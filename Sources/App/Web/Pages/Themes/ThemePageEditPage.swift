import Foundation
import Plot

/// Writing one theme page in one language.
struct ThemePageEditPage {
    let context: PageContext
    let theme: Theme
    let language: ContentLanguage
    var input = ThemeAdminService.PageInput()
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = "\(theme.label.text(in: c.language)) — \(language.autonym)"
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/beheer/themas"), .text(c.t("Thema's", "Themes"))),
            UI.errorSummary(errors, c),
            .h1(.text(title)),
            .p(.text(c.t("Schrijf in eenvoudige taal. Een lege regel begint een nieuwe alinea; een regel die begint met \"## \" is een kopje.",
                         "Write in plain language. An empty line starts a new paragraph; a line starting with \"## \" is a heading."))),
            .form(.method(.post), .action("/beheer/themas/\(theme.rawValue)/\(language.rawValue)"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "titel", label: c.t("Titel", "Title"), value: input.title, contentLanguage: language), errors: errors, c),
                UI.textArea(name: "inhoud", label: c.t("Tekst", "Text"), value: input.body, rows: 14, contentLanguage: language, errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Opslaan", "Save")))),
            .p(.a(.href("\(theme.path)?taal=\(language.rawValue)"), .text(c.t("Pagina bekijken", "View page"))))
        ))
    }
}
