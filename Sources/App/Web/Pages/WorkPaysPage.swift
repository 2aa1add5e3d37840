import Plot
import PleinDomain
import PleinRules

/// "Werken loont": the question form and, once answered, household income per month for the
/// next 12 months now and with the job, as a table and as a chart that needs no JavaScript.
struct WorkPaysPage {
    let context: PageContext
    var form: [String: String] = [:]
    var errors: [FieldError] = []
    var result: WerkenLoontResultaat? = nil

    func render() -> String {
        let c = context
        func field(_ name: String, _ label: String, hint: String? = nil, required: Bool = true) -> Node<HTML.FormContext> {
            UI.textField(.init(name: name, label: label, hint: hint, value: form[name] ?? "", inputMode: "decimal",
                               required: required, width: "width-10"), errors: errors, c)
        }
        return Layout.render(c, title: c.t("Werken loont", "Does working pay?"), hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/check-je-rechten/uitkomst"), .text(c.t("Terug naar uw uitkomst", "Back to your result"))),
            UI.errorSummary(errors, c),
            .h1(.text(c.t("Gaat u erop vooruit als u gaat werken?", "Are you better off if you take a job?"))),
            .p(.text(c.t("Vul in wat u met de baan verdient. Wij rekenen uit wat uw huishouden per maand overhoudt: loon, bijstand en toeslagen samen.",
                         "Enter what you would earn in the job. We calculate what your household has per month: wages, bijstand and benefits together."))),
            .form(.method(.post), .action("/check-je-rechten/werken-loont"), .novalidate(),
                UI.csrfField(c),
                field("urenPerWeek", c.t("Hoeveel uur per week gaat u werken?", "How many hours a week will you work?"), required: false),
                field("nettoUurloon", c.t("Netto uurloon in euro", "Net hourly wage in euro"), required: false),
                field("nettoPerMaand", c.t("Of: netto loon per maand in euro", "Or: net wage per month in euro"),
                      hint: c.t("Vul dit in als u uw maandloon weet. Dan hoeft u uren en uurloon niet in te vullen.",
                                "Fill this in if you know your monthly wage. Then you do not need hours and hourly wage."), required: false),
                field("brutoPerJaar", c.t("Bruto loon per jaar in euro", "Gross wage per year in euro"),
                      hint: c.t("Niet verplicht. Hiermee rekenen we de toeslagen nauwkeuriger uit.", "Optional. This makes the benefits more accurate."),
                      required: false),
                .button(.type(.submit), .class("button"), .text(c.t("Bereken", "Calculate")))),
            .unwrap(result) { resultNodes($0) }
        ))
    }

    private func resultNodes(_ result: WerkenLoontResultaat) -> Node<HTML.BodyContext> {
        let c = context
        let difference = result.verschilOver12Maanden
        return .section(.attribute(named: "aria-labelledby", value: "uitkomst-titel"),
            .h2(.id("uitkomst-titel"), .text(c.t("Uw uitkomst", "Your result"))),
            .p(.class("lead"), .attribute(named: "role", value: "status"), .text(difference >= .zero
                ? c.t("Met deze baan heeft uw huishouden in 12 maanden samen \(difference.formatted) meer.",
                      "With this job your household has \(difference.formatted) more over 12 months.")
                : c.t("Met deze baan heeft uw huishouden in 12 maanden samen \((-difference).formatted) minder.",
                      "With this job your household has \((-difference).formatted) less over 12 months."))),
            .p(.text(result.toelichting)),
            .raw(WorkPaysChart(result: result, language: c.language).svg),
            .div(.class("table-wrapper"), .table(
                .caption(.text(c.t("Inkomen van uw huishouden per maand", "Your household's income per month"))),
                .thead(.tr(.th(.text(c.t("Maand", "Month"))), .th(.text(c.t("Nu", "Now"))),
                           .th(.text(c.t("Met werk", "With the job"))), .th(.text(c.t("Verschil", "Difference"))))),
                .tbody(.forEach(result.maanden) { month in
                    .tr(.td(.text(WorkPaysChart.monthName(month.maand, c.language))),
                        .td(.text(month.huidig.totaal.formatted)), .td(.text(month.metWerk.totaal.formatted)),
                        .td(.text(month.verschil.formatted)))
                }))),
            .h3(.text(c.t("Waar wij van uitgaan", "What we assume"))),
            .ul(.forEach(result.aannames) { .li(.text($0)) })
        )
    }
}
