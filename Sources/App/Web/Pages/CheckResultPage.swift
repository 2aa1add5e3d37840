import Plot
import PleinDomain
import PleinRules

/// The result of "Check je rechten": per scheme whether the resident is probably entitled,
/// how much, why in plain words, how it was computed with the articles of law, and where to
/// apply. The computation opens in a <details>, which works without JavaScript.
struct CheckResultPage {
    let context: PageContext
    let berekening: Berekening
    let answers: CheckAnswers
    /// A logged-in resident can keep the result on "Mijn gegevens".
    var canSave = false

    func render() -> String {
        let c = context
        let entitled = berekening.regelingen.filter { $0.recht == .ja }
        let unknown = berekening.regelingen.filter { if case .onbekend = $0.recht { true } else { false } }
        let notEntitled = berekening.regelingen.filter { $0.recht == .nee }
        let total = entitled.reduce(Money.zero) { $0 + $1.bedragPerMaand }
        return Layout.render(c, title: c.t("Uw uitkomst", "Your result"), main: .group(
            .a(.class("back-link"), .href("/check-je-rechten/vermogen"), .text(c.t("Terug", "Back"))),
            .h1(.text(c.t("Uw uitkomst", "Your result"))),
            .p(.class("lead"), .text(entitled.isEmpty
                ? c.t("U heeft waarschijnlijk geen recht op de regelingen die wij kunnen berekenen.",
                      "You are probably not entitled to the schemes we can calculate.")
                : c.t("U heeft waarschijnlijk recht op \(entitled.count) regeling(en), samen ongeveer \(total.formatted) per maand.",
                      "You are probably entitled to \(entitled.count) scheme(s), together about \(total.formatted) per month."))),
            .p(.text(c.t("Berekend met de regels die gelden op \(berekening.peildatum.dutchNotation). Dit is een schatting: u weet het pas zeker als u de regeling aanvraagt.",
                         "Calculated with the rules that apply on \(berekening.peildatum.dutchNotation). This is an estimate: you only know for sure when you apply."))),
            .if(c.language == .en, .p(.text("The explanations below are in Dutch, the language of the law."))),
            section(c.t("Waarschijnlijk wel recht", "Probably entitled"), entitled, id: "wel"),
            section(c.t("Dat weten we nog niet", "We do not know yet"), unknown, id: "onbekend"),
            section(c.t("Waarschijnlijk geen recht", "Probably not entitled"), notEntitled, id: "niet"),
            .h2(.text(c.t("Gaat u erop vooruit als u gaat werken?", "Are you better off if you take a job?"))),
            .p(.a(.href("/check-je-rechten/werken-loont"), .text(c.t("Bereken of werken loont", "Calculate whether working pays")))),
            .h2(.text(c.t("Waar wij van uitgaan", "What we assume"))),
            .ul(
                .li(.text(c.t("Het bruto inkomen per jaar dat u invulde, gebruiken we als toetsingsinkomen voor de toeslagen.",
                              "We use the gross yearly income you entered as the income for the benefits test."))),
                .if((answers.value("huisgenoten").flatMap(Int.init) ?? 0) > 0,
                    .li(.text(c.t("De andere volwassenen in uw huis zijn 27 jaar of ouder en delen de kosten van het huis met u.", "The other adults in your home are 27 or older and share the costs of the home with you."))))
            ),
            .if(canSave && berekening.regelingen.contains { $0.code == "bijstand" && $0.recht != .nee }, .group(
                .h2(.text(c.t("Bijstand aanvragen", "Apply for bijstand"))),
                .p(.text(c.t("U kunt meteen bijstand aanvragen. Wat u hier invulde, hoeft u dan niet opnieuw in te vullen.",
                             "You can apply for bijstand right away. You then do not have to fill in again what you entered here."))),
                .form(.method(.post), .action("/check-je-rechten/aanvraag"), UI.csrfField(c),
                      .button(.type(.submit), .class("button"), .text(c.t("Vraag bijstand aan", "Apply for bijstand")))))),
            .div(.class("button-group"),
                .if(canSave, .form(.method(.post), .action("/check-je-rechten/bewaren"), UI.csrfField(c),
                    .button(.type(.submit), .class("button"), .text(c.t("Uitkomst bewaren bij Mijn gegevens", "Keep this result in My data"))))),
                .form(.method(.post), .action("/check-je-rechten/opnieuw"), UI.csrfField(c),
                      .button(.type(.submit), .class("button secondary"), .text(c.t("Opnieuw beginnen", "Start again")))))
        ))
    }

    private func section(_ title: String, _ outcomes: [RegelingUitkomst], id: String) -> Node<HTML.BodyContext> {
        .if(!outcomes.isEmpty, .section(.attribute(named: "aria-labelledby", value: "kop-\(id)"),
            .h2(.id("kop-\(id)"), .text(title)),
            .ul(.class("results"), .forEach(outcomes) { outcome in .li(card(outcome)) })))
    }

    private func card(_ outcome: RegelingUitkomst) -> Node<HTML.BodyContext> {
        let c = context
        return .article(.class("result"), .attribute(named: "aria-labelledby", value: "regeling-\(outcome.code)"),
            .h3(.id("regeling-\(outcome.code)"), .text(outcome.naam)),
            .if(outcome.recht == .ja && outcome.bedragPerMaand > .zero,
                .p(.class("amount"), .text(c.t("Ongeveer \(outcome.bedragPerMaand.formatted) per maand (\(outcome.bedragPerJaar.formatted) per jaar)",
                                               "About \(outcome.bedragPerMaand.formatted) per month (\(outcome.bedragPerJaar.formatted) per year)")))),
            .unwrap(question(outcome)) { .p(.strong(.text(c.t("Wat we nog moeten weten: ", "What we still need to know: "))), .text($0)) },
            .p(.text(outcome.toelichting)),
            .p(.text(outcome.volgendeStap.tekst + " "),
               .unwrap(outcome.volgendeStap.url, { .a(.href($0), .text(c.t("Ga naar \(outcome.volgendeStap.waar)", "Go to \(outcome.volgendeStap.waar)"))) },
                       else: .text(outcome.volgendeStap.waar))),
            .if(!outcome.trace.isEmpty, .details(
                .summary(.text(c.t("Hoe is dit berekend?", "How was this calculated?"))),
                TraceList.render(outcome.trace, peildatum: berekening.peildatum)))
        )
    }

    private func question(_ outcome: RegelingUitkomst) -> String? {
        if case .onbekend(let vraag?) = outcome.recht { return vraag.tekst }
        return nil
    }
}
