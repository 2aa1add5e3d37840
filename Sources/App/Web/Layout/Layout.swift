import Plot

/// The one layout of every page: skip link, header with who is logged in, main landmark,
/// footer. Pages give a title and their main content; forms with errors prefix the title
/// with "Fout:" so screen reader users hear it first (the GOV.UK error pattern).
enum Layout {
    /// `scripts` are files under /static that enhance the page; every page works without them.
    static func render(_ context: PageContext, title: String, hasErrors: Bool = false, scripts: [String] = [],
                       main content: Node<HTML.BodyContext>) -> String {
        let fullTitle = (hasErrors ? context.t("Fout: ", "Error: ") : "") + title + " – Plein"
        let fixed = LayoutParts.of(context.language)
        return HTML(
            .lang(context.language == .nl ? .dutch : .english),
            .head(
                .raw(LayoutParts.headStart),
                .title(fullTitle),
                .raw(LayoutParts.stylesheets),
                .forEach(scripts) { .script(.src("/static/\($0)"), .attribute(named: "defer", value: "defer")) }
            ),
            .body(
                .raw(fixed.skipLink),
                header(context, menu: fixed.menu(for: context.user?.role, current: context.path)),
                .main(.id("inhoud"), .attribute(named: "tabindex", value: "-1"), .div(.class("container"), content)),
                .raw(fixed.footer)
            )
        ).render()
    }

    private static func header(_ context: PageContext, menu: String) -> Node<HTML.BodyContext> {
        let other: Language = context.language == .nl ? .en : .nl
        return .header(.class("site-header"), .div(.class("container header-bar"),
            .raw(menu),
            .div(.class("account"),
                .unwrap(context.user) { user in
                    .group(
                        .p(.class("logged-in"), .text(context.t("Ingelogd als ", "Logged in as ")),
                           .strong(.text(user.displayName)),
                           .unwrap(context.organisationName) { .text(" (\($0))") }),
                        .a(.href("/wachtwoord"), .text(context.t("Wachtwoord", "Password"))),
                        .form(.method(.post), .action("/uitloggen"),
                              UI.csrfField(context),
                              .button(.type(.submit), .class("button secondary"), .text(context.t("Uitloggen", "Log out"))))
                    )
                },
                .a(.class("language"), .href("/taal/\(other.rawValue)?terug=\(UI.percentEncoded(context.path))"),
                   .attribute(named: "lang", value: other.rawValue),
                   .attribute(named: "hreflang", value: other.rawValue),
                   .text(other == .en ? "English" : "Nederlands"))
            )
        ))
    }
}
