import Foundation
import Plot

/// The functional administrator's themes: which are on, each page per language, the plan
/// templates, and the whole configuration as one file to export or import.
struct ThemeAdminPage {
    let context: PageContext
    let enabled: [Theme]
    let pages: [ThemePage]
    let templates: [PlanTemplate]
    var templateInput = (theme: "", name: "", outline: "")
    var notice: String? = nil
    var errors: [FieldError] = []

    private var pageSlots: [(theme: Theme, language: ContentLanguage)] {
        Theme.allCases.flatMap { theme in theme.languages.map { (theme: theme, language: $0) } }
    }

    private func pageRow(_ theme: Theme, _ language: ContentLanguage) -> Node<HTML.TableContext> {
        let c = context
        let page = pages.first { $0.theme == theme && $0.language == language }
        let themeName = theme.label.text(in: c.language)
        let link: Node<HTML.BodyContext> = .a(.href("/beheer/themas/\(theme.rawValue)/\(language.rawValue)"),
                                              .text(page?.title ?? c.t("Nog niet geschreven", "Not written yet")),
                                              .span(.class("visually-hidden"), .text(" (\(themeName), \(language.autonym))")))
        return .tr(.td(.text(themeName)), .td(.text(language.autonym)), .td(link))
    }

    func render() -> String {
        let c = context
        let title = c.t("Thema's en configuratie", "Themes and configuration")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/beheer"), .text(c.t("Beheer", "Administration"))),
            UI.errorSummary(errors, c),
            .unwrap(notice) { .div(.class("notice success"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .h1(.text(title)),
            .h2(.text(c.t("Welke thema's staan aan?", "Which themes are on?"))),
            .form(.method(.post), .action("/beheer/themas"),
                UI.csrfField(c),
                .fieldset(.element(named: "legend", nodes: [.attribute(named: "class", value: "visually-hidden"), .text(c.t("Thema's", "Themes"))]),
                    .forEach(Theme.allCases) { theme in
                        .div(.class("checkbox"),
                             .input(.type(.checkbox), .id("thema-\(theme.rawValue)"), .name(theme.rawValue), .value("ja"), .checked(enabled.contains(theme))),
                             .label(.for("thema-\(theme.rawValue)"), .text(theme.label.text(in: c.language)),
                                    .span(.class("hint"), .text(" — " + theme.summary.text(in: c.language)))))
                    }),
                .button(.type(.submit), .class("button"), .text(c.t("Opslaan", "Save")))),
            .h2(.text(c.t("Pagina's", "Pages"))),
            .div(.class("table-wrapper"), .table(
                .caption(.class("visually-hidden"), .text(c.t("Pagina's per thema en taal", "Pages per theme and language"))),
                .thead(.tr(.th(.text(c.t("Thema", "Theme"))), .th(.text(c.t("Taal", "Language"))), .th(.text(c.t("Titel", "Title"))))),
                .tbody(.forEach(pageSlots) { slot in pageRow(slot.theme, slot.language) }))),
            .h2(.text(c.t("Plansjablonen", "Plan templates"))),
            .if(templates.isEmpty, .p(.text(c.t("Nog geen sjablonen.", "No templates yet."))),
                else: .ul(.forEach(templates) { template in
                    .li(.text("\(template.name) (\(template.theme.label.text(in: c.language)), \(template.goals.count) \(c.t("doelen", "goals"))) "),
                        .form(.method(.post), .action("/beheer/plansjablonen/\(template.id!.uuidString)/verwijderen"), .class("inline-form"),
                              UI.csrfField(c),
                              .button(.type(.submit), .class("button secondary"), .text(c.t("Verwijderen", "Remove")),
                                      .span(.class("visually-hidden"), .text(" \(template.name)")))))
                })),
            .form(.method(.post), .action("/beheer/plansjablonen"), .novalidate(),
                UI.csrfField(c),
                UI.select(name: "thema", label: c.t("Thema", "Theme"), options: Theme.allCases.map { ($0.rawValue, $0.label.text(in: c.language)) },
                          selected: templateInput.theme, c),
                UI.textField(.init(name: "naam", label: c.t("Naam van het sjabloon", "Template name"), value: templateInput.name), errors: errors, c),
                UI.textArea(name: "doelen", label: c.t("Doelen en acties", "Goals and actions"),
                            hint: c.t("Een doel op een regel. Daaronder de acties, met \"- \" ervoor. Doet de inwoner het zelf? Schrijf dan \"- inwoner: \".",
                                      "A goal on a line. Below it the actions, starting with \"- \". Does the resident do it? Then write \"- inwoner: \"."),
                            value: templateInput.outline, rows: 6, errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Sjabloon toevoegen", "Add template")))),
            .h2(.id("configuratie"), .text(c.t("De hele configuratie als bestand", "The whole configuration as a file"))),
            .p(.text(c.t("Thema's, lokale regelingen, wijken, sjablonen en pagina's in één bestand. Zo kan een andere gemeente uw werk overnemen, en u dat van een andere.",
                         "Themes, local schemes, areas, templates and pages in one file. So another municipality can reuse your work, and you theirs."))),
            .p(.a(.class("button secondary"), .href("/beheer/configuratie"), .attribute(named: "download", value: "plein-configuratie.json"),
                  .text(c.t("Configuratie downloaden", "Download configuration")))),
            .form(.method(.post), .action("/beheer/configuratie"), .enctype(.multipartData), .novalidate(),
                UI.csrfField(c),
                .div(.class("field"),
                     .label(.for("veld-bestand"), .text(c.t("Configuratie inlezen", "Import configuration"))),
                     .p(.id("veld-bestand-hint"), .class("hint"), .text(c.t(
                        "Het hele bestand wordt eerst gecontroleerd. Klopt er iets niet, dan verandert er niets. Klopt alles, dan vervangt het de huidige configuratie.",
                        "The whole file is checked first. If anything is wrong, nothing changes. If all is right, it replaces the current configuration."))),
                     .input(.type(.file), .id("veld-bestand"), .name("bestand"), .attribute(named: "accept", value: ".json,application/json"),
                            .attribute(named: "aria-describedby", value: "veld-bestand-hint"))),
                .button(.type(.submit), .class("button"), .text(c.t("Inlezen", "Import"))))
        ))
    }
}
