import Plot

/// The start of "Check je rechten": what it does, how long it takes, what happens to answers.
struct CheckStartPage {
    let context: PageContext
    let firstQuestion: String
    let prefilled: Bool

    func render() -> String {
        let c = context
        return Layout.render(c, title: c.t("Check je rechten", "Check your entitlements"), main: .group(
            .h1(.text(c.t("Check je rechten", "Check your entitlements"))),
            .p(.class("lead"), .text(c.t(
                "Beantwoord een paar vragen. Dan ziet u op welke hulp en toeslagen u waarschijnlijk recht heeft, en hoeveel.",
                "Answer a few questions. Then you see which help and benefits you are probably entitled to, and how much."))),
            .ul(
                .li(.text(c.t("Het duurt ongeveer 5 minuten.", "It takes about 5 minutes."))),
                .li(.text(c.t("Houd uw huur en inkomen bij de hand.", "Have your rent and income at hand."))),
                .li(.text(c.t("Wij bewaren uw antwoorden niet. Ze staan alleen in uw browser, tot u die sluit.",
                              "We do not keep your answers. They are only in your browser, until you close it.")))
            ),
            .if(prefilled, .div(.class("notice"), .p(.text(c.t(
                "U bent ingelogd. Wat wij al van u weten, hebben we alvast ingevuld. Controleer het wel.",
                "You are logged in. We have filled in what we already know about you. Please check it."))))),
            .p(.text(c.t("De uitkomst is een schatting. U weet het pas zeker als u de regeling aanvraagt.",
                         "The result is an estimate. You only know for sure when you apply."))),
            .a(.class("button"), .href("/check-je-rechten/\(firstQuestion)"),
               .text(c.t("Start", "Start")))
        ))
    }
}
