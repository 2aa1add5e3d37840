import Plot

/// The parts of the layout that are the same on every page of a language: the head's fixed
/// tags, the skip link, the logo with the main menu of each role (once per page it marks as
/// current), and the footer. Plot renders them once here instead of on every request: Plot
/// was the largest share of a page's CPU, and these parts are a good part of a short page.
struct LayoutParts: Sendable {
    static let headStart = Node<HTML.HeadContext>.group(
        .meta(.charset(.utf8)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
    ).render()

    static let stylesheets = Node<HTML.HeadContext>.group(
        .link(.rel(.stylesheet), .href("/static/plein.css")),
        .link(.rel(.stylesheet), .href("/static/print.css"), .attribute(named: "media", value: "print")),
        .link(.rel(.icon), .href("data:,"))
    ).render()

    let skipLink: String
    let footer: String
    /// The logo and the menu per role (nil: a visitor), without and with each item as the
    /// current page.
    private let menus: [User.Role?: (plain: String, current: [String: String])]

    private static let all = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, LayoutParts($0)) })

    static func of(_ language: Language) -> LayoutParts { all[language]! }

    func menu(for role: User.Role?, current path: String) -> String {
        let menu = menus[role]!
        return menu.current[path] ?? menu.plain
    }

    private init(_ language: Language) {
        skipLink = Node<HTML.BodyContext>.a(.class("skip-link"), .href("#inhoud"),
                                            .text(language.pick(nl: "Naar de inhoud", en: "Skip to content"))).render()
        footer = Node<HTML.BodyContext>.footer(.class("site-footer"), .div(.class("container"),
            .p(.text(language.pick(
                nl: "Plein is open source software voor gemeenten en hun partners. Hulp nodig? Bel uw gemeente of ga naar het wijkteam.",
                en: "Plein is open source software for municipalities and their partners. Need help? Call your municipality or visit the local team.")))
        )).render()
        let roles: [User.Role?] = [nil] + User.Role.allCases
        menus = Dictionary(uniqueKeysWithValues: roles.map { role in
            let items = Self.items(for: role, language)
            let current = Dictionary(uniqueKeysWithValues: items.map { ($0.href, Self.render(items, current: $0.href, language)) })
            return (role, (Self.render(items, current: nil, language), current))
        })
    }

    private static func render(_ items: [(href: String, label: String)], current: String?, _ language: Language) -> String {
        Node<HTML.BodyContext>.group(
            .a(.class("logo"), .href("/"), .text("Plein")),
            .nav(.ariaLabel(language.pick(nl: "Hoofdmenu", en: "Main menu")), .ul(.forEach(items) { item in
                .li(.a(.href(item.href),
                       .if(current == item.href, .attribute(named: "aria-current", value: "page")),
                       .text(item.label)))
            }))
        ).render()
    }

    private static func items(for role: User.Role?, _ language: Language) -> [(href: String, label: String)] {
        let t = language.pick
        guard let role else {
            return [("/", t("Home", "Home")), ("/check-je-rechten", t("Check je rechten", "Check your entitlements")),
                    ("/inloggen", t("Inloggen", "Log in"))]
        }
        switch role {
        case .inwoner:
            return [("/mijn-plein", t("Mijn Plein", "My Plein")),
                    ("/aanvraag", t("Bijstand aanvragen", "Apply for bijstand")),
                    ("/verhuizing", t("Verhuizing doorgeven", "Report a move")),
                    ("/check-je-rechten", t("Check je rechten", "Check your entitlements")),
                    ("/mijn-gegevens", t("Mijn gegevens", "My data"))]
        case .professional, .regisseur:
            return [("/werkvoorraad", t("Werkvoorraad", "Work queue")), ("/inwoners", t("Inwoners", "Residents")),
                    ("/plannen", t("Plannen", "Plans")),
                    ("/hulpvragen", t("Hulpvragen", "Help requests")), ("/betrokkenheid", t("Betrokkenheid", "Involvement"))]
        case .functioneelBeheerder:
            return [("/beheer", t("Beheer", "Administration"))]
        }
    }
}
