import Plot

/// The front door: what Plein is, in plain words, and where to start.
struct HomePage {
    let context: PageContext
    var themes: [Theme] = []

    func render() -> String {
        let c = context
        return Layout.render(c, title: c.t("Welkom op Plein", "Welcome to Plein"), main: .group(
            .h1(.text(c.t("Welkom op Plein", "Welcome to Plein"))),
            .p(.class("lead"), .text(c.t(
                "Plein is één plek voor al uw zaken met de gemeente en de organisaties die u helpen.",
                "Plein is one place for everything you arrange with your municipality and the organisations that help you."))),
            .p(.text(c.t(
                "Nu moet u vaak naar veel verschillende loketten. Op Plein ziet u alles bij elkaar: uw aanvragen, uw afspraken, uw berichten en wie u helpt.",
                "Today you often have to go to many different offices. On Plein you see it all together: your applications, your appointments, your messages and who is helping you."))),
            .ul(.class("cards"),
                .li(.h2(.text(c.t("Zien waar u recht op heeft", "See what you are entitled to"))),
                    .p(.text(c.t("Beantwoord een paar vragen. Dan ziet u welke hulp en toeslagen er voor u zijn.",
                                 "Answer a few questions. Then you see which help and benefits there are for you.")))),
                .li(.h2(.text(c.t("Uw gegevens zien", "See your data"))),
                    .p(.text(c.t("U ziet welke organisatie uw gegevens heeft bekeken, wanneer en waarom.",
                                 "You see which organisation looked at your data, when and why.")))),
                .li(.h2(.text(c.t("Contact met uw hulpverlener", "Contact with your professional"))),
                    .p(.text(c.t("Stel uw vraag aan de mensen die u helpen. U hoeft niet te bellen.",
                                 "Ask the people who help you. You do not have to call."))))
            ),
            .if(!themes.isEmpty, .h2(.text(c.t("Onderwerpen", "Topics")))),
            ThemeLinks.list(themes, c),
            .div(.class("button-group"),
                 .a(.class("button"), .href("/check-je-rechten"), .text(c.t("Check je rechten", "Check your entitlements"))),
                 .unwrap(c.user, { _ in .a(.class("button secondary"), .href("/start"), .text(c.t("Naar mijn overzicht", "Go to my overview"))) },
                         else: .a(.class("button secondary"), .href("/inloggen"), .text(c.t("Inloggen", "Log in")))))
        ))
    }
}
