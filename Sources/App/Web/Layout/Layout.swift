import Plot

/// The one layout of every page: skip link, header with who is logged in, main landmark,
/// footer. Pages give a title and their main content; forms with errors prefix the title
/// with "Fout:" so screen reader users hear it first (the GOV.UK error pattern).
enum Layout {
    /// `scripts` are files under /static that enhance the page; every page works without them.
    static func render(_ context: PageContext, title: String, hasErrors: Bool = false, scripts: [String] = [],
                       main content: Node<HTML.BodyContext>) -> String {
        let fullTitle = (hasErrors ? context.t("Fout: ", "Error: ") : "") + title + " – Plein"
        return HTML(
            .lang(context.language == .nl ? .dutch : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title(fullTitle),
                .link(.rel(.stylesheet), .href("/static/plein.css")),
                .link(.rel(.stylesheet), .href("/static/print.css"), .attribute(named: "media", value: "print")),
                .link(.rel(.icon), .href("data:,")),
                .forEach(scripts) { .script(.src("/static/\($0)"), .attribute(named: "defer", value: "defer")) }
            ),
            .body(
                .a(.class("skip-link"), .href("#inhoud"), .text(context.t("Naar de inhoud", "Skip to content"))),
                header(context),
                .main(.id("inhoud"), .attribute(named: "tabindex", value: "-1"), .div(.class("container"), content)),
                .footer(.class("site-footer"), .div(.class("container"),
                    .p(.text(context.t(
                        "Plein is open source software voor gemeenten en hun partners. Hulp nodig? Bel uw gemeente of ga naar het wijkteam.",
                        "Plein is open source software for municipalities and their partners. Need help? Call your municipality or visit the local team.")))
                ))
            )
        ).render()
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        let other: Language = context.language == .nl ? .en : .nl
        return .header(.class("site-header"), .div(.class("container header-bar"),
            .a(.class("logo"), .href("/"), .text("Plein")),
            .nav(.ariaLabel(context.t("Hoofdmenu", "Main menu")), .ul(.forEach(menu(context)) { item in
                .li(.a(.href(item.href),
                       .if(context.path == item.href, .attribute(named: "aria-current", value: "page")),
                       .text(item.label)))
            })),
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

    private static func menu(_ context: PageContext) -> [(href: String, label: String)] {
        guard let user = context.user else {
            return [("/", context.t("Home", "Home")), ("/check-je-rechten", context.t("Check je rechten", "Check your entitlements")),
                    ("/inloggen", context.t("Inloggen", "Log in"))]
        }
        switch user.role {
        case .inwoner:
            return [("/mijn-plein", context.t("Mijn Plein", "My Plein")),
                    ("/aanvraag", context.t("Bijstand aanvragen", "Apply for bijstand")),
                    ("/verhuizing", context.t("Verhuizing doorgeven", "Report a move")),
                    ("/check-je-rechten", context.t("Check je rechten", "Check your entitlements")),
                    ("/mijn-gegevens", context.t("Mijn gegevens", "My data"))]
        case .professional, .regisseur:
            return [("/werkvoorraad", context.t("Werkvoorraad", "Work queue")), ("/inwoners", context.t("Inwoners", "Residents")),
                    ("/plannen", context.t("Plannen", "Plans")),
                    ("/hulpvragen", context.t("Hulpvragen", "Help requests")), ("/betrokkenheid", context.t("Betrokkenheid", "Involvement"))]
        case .functioneelBeheerder:
            return [("/beheer", context.t("Beheer", "Administration"))]
        }
    }
}
