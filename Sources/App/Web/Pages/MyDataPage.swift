import Plot
import PleinDomain

/// "Mijn gegevens": what the municipality knows about the resident, and every organisation
/// that viewed or changed it — when and for what purpose — from the processing log.
struct MyDataPage {
    let context: PageContext
    let records: [Resident]
    let history: [AccessHistoryService.Entry]
    var saved: [SavedCalculation] = []
    var justSaved = false

    func render() -> String {
        let c = context
        return Layout.render(c, title: c.t("Mijn gegevens", "My data"), main: .group(
            .h1(.text(c.t("Mijn gegevens", "My data"))),
            .p(.class("lead"), .text(c.t("Hier ziet u welke gegevens wij van u hebben, en wie ze heeft gebruikt.",
                                         "Here you see which data we hold about you, and who used it."))),
            .forEach(records) { record in
                .group(
                    .h2(.text(c.t("Bij uw gemeente", "At your municipality"))),
                    .dl(.class("details"),
                        .dt(.text(c.t("Naam", "Name"))), .dd(.text(record.fullName)),
                        .dt(.text("BSN")), .dd(.text(BSN(record.bsn)?.grouped ?? record.bsn)),
                        .dt(.text(c.t("Geboortedatum", "Date of birth"))),
                        .dd(.text(CivilDate(iso: record.birthDate)?.dutchNotation ?? record.birthDate)),
                        .dt(.text(c.t("Adres", "Address"))),
                        .dd(.text("\(record.houseNumber), \(Postcode(record.postcode)?.printed ?? record.postcode) \(record.town)")),
                        .dt(.text(c.t("E-mail", "E-mail"))), .dd(.text(record.email ?? c.t("niet bekend", "not known"))),
                        .dt(.text("IBAN")), .dd(.text(record.iban.flatMap { IBAN($0)?.printed } ?? c.t("niet bekend", "not known")))
                    )
                )
            },
            .if(records.isEmpty, .p(.text(c.t("Wij hebben geen gegevens van u gevonden.", "We found no data about you.")))),
            .p(.a(.href("/mijn-plein#betrokken"), .text(c.t("Wie helpt u, en wie mag wat van u zien?", "Who helps you, and who may see what about you?")))),
            .h2(.id("berekeningen"), .text(c.t("Bewaarde uitkomsten van Check je rechten", "Kept results of Check your entitlements"))),
            .if(justSaved, .div(.class("notice success"), .attribute(named: "role", value: "status"),
                                .p(.text(c.t("Uw uitkomst is bewaard.", "Your result has been kept."))))),
            .if(saved.isEmpty, .p(.text(c.t("U heeft nog geen uitkomsten bewaard.", "You have not kept any results yet."))),
                else: .forEach(saved) { calculation in
                    .div(.class("table-wrapper"), .table(
                        .caption(.text(c.t("Berekend voor ", "Calculated for ") + (CivilDate(iso: calculation.peildatum)?.dutchNotation ?? calculation.peildatum))),
                        .thead(.tr(.th(.text(c.t("Regeling", "Scheme"))), .th(.text(c.t("Recht", "Entitled"))),
                                   .th(.text(c.t("Per maand", "Per month"))))),
                        .tbody(.forEach(calculation.outcomes) { outcome in
                            .tr(.td(.text(outcome.naam)),
                                .td(.text(outcome.recht == "ja" ? c.t("Waarschijnlijk wel", "Probably yes")
                                          : outcome.recht == "nee" ? c.t("Waarschijnlijk niet", "Probably not") : c.t("Nog onbekend", "Not known yet"))),
                                .td(.text(Money(cents: outcome.bedragPerMaandCenten).formatted)))
                        })))
                }),
            .h2(.id("gebruik"), .text(c.t("Wie heeft uw gegevens gebruikt?", "Who used your data?"))),
            .p(.text(c.t("Elke keer dat een organisatie uw gegevens bekijkt of verandert, schrijven wij dat op. U ziet hier de laatste 100 keer.",
                         "Every time an organisation views or changes your data, we write it down. Here you see the last 100 times."))),
            .if(history.isEmpty, .p(.text(c.t("Nog niemand heeft uw gegevens gebruikt.", "Nobody has used your data yet."))),
                else: .div(.class("table-wrapper"), .table(
                    .caption(.text(c.t("Gebruik van uw gegevens", "Use of your data"))),
                    .thead(.tr(.th(.text(c.t("Wanneer", "When"))), .th(.text(c.t("Organisatie", "Organisation"))),
                               .th(.text(c.t("Wat", "What"))), .th(.text(c.t("Waarom", "Why"))))),
                    .tbody(.forEach(history) { entry in
                        .tr(.td(.text(UI.dateTime(entry.at, c))), .td(.text(entry.organisationName)),
                            .td(.text(ProcessingActivity.describe(entry.activity, c))), .td(.text(entry.purpose)))
                    })
                )))
        ))
    }
}
