import Plot

/// The municipality's themes as links with one line each: on the home page and on Mijn Plein.
enum ThemeLinks {
    static func list(_ themes: [Theme], _ c: PageContext) -> Node<HTML.BodyContext> {
        .if(!themes.isEmpty, .ul(.class("cards"), .forEach(themes) { theme in
            .li(.h3(.a(.href(theme.path), .text(theme.label.text(in: c.language)))),
                .p(.text(theme.summary.text(in: c.language))))
        }))
    }
}
