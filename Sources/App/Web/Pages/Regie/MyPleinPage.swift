import Foundation
import Plot
import PleinDomain

/// Mijn Plein: everything for the resident in one place — what to do, their applications,
/// their plan, their income from every payer with the month's total and the coming payment
/// dates, and who helps them.
struct MyPleinPage {
    let context: PageContext
    let overview: MyPleinService.Overview
    var themes: [Theme] = []

    func render() -> String {
        let c = context
        let o = overview
        return Layout.render(c, title: c.t("Mijn Plein", "My Plein"), main: .group(
            .h1(.text(c.t("Mijn Plein", "My Plein"))),
            .p(.class("lead"), .text(c.t("Alles bij elkaar: wat u moet doen, uw aanvragen, uw plan, uw inkomen en wie u helpt.",
                                         "Everything together: what you need to do, your applications, your plan, your income and who helps you."))),
            .h2(.id("taken"), .text(c.t("Wat moet ik doen?", "What do I need to do?"))),
            .if(o.tasks.isEmpty, .p(.text(c.t("U hoeft nu niets te doen.", "There is nothing you need to do now."))),
                else: .ul(.class("assignments"), .forEach(o.tasks) { task in
                    .li(.a(.href(task.href), .text(task.title)),
                        .text(" (\(task.source.text(in: c.language)))"),
                        .unwrap(task.deadline) { .text(c.t(" — uiterlijk ", " — by ") + $0.dutchNotation) })
                })),
            .h2(.id("afspraken"), .text(c.t("Mijn afspraken", "My appointments"))),
            .if(o.appointments.isEmpty, .p(.text(c.t("U heeft geen afspraken.", "You have no appointments."))),
                else: .ul(.forEach(o.appointments) { appointment in
                    .li(.strong(.text("\(appointment.date?.dutchNotation ?? "") \(c.t("om", "at")) \(appointment.time)")),
                        .text(" — \(appointment.with), \(appointment.about.text(in: c.language)). \(c.t("Waar", "Where")): \(appointment.place)"))
                })),
            .h2(.id("aanvragen"), .text(c.t("Mijn aanvragen", "My applications"))),
            .if(o.cases.isEmpty && o.helpRequests.isEmpty, .p(.text(c.t("U heeft geen aanvragen.", "You have no applications."))),
                else: .ul(.class("cards"), .forEach(o.cases) { file in
                    .li(.h3(.a(.href(file.status == .concept ? "/aanvraag" : "/zaken/\(file.id!.uuidString)"),
                               .text(c.t("Bijstand", "Bijstand") + (file.status == .concept ? "" : " \(file.reference)")))),
                        .p(.span(.class("tag"), .text(file.status.label.text(in: c.language)))),
                        .unwrap(o.unreadMessages[file.id!]) { count in
                            .p(.strong(.text(count == 1 ? c.t("1 nieuw bericht", "1 new message")
                                                        : c.t("\(count) nieuwe berichten", "\(count) new messages"))))
                        })
                }, .forEach(o.helpRequests) { item in
                    .li(.h3(.text(item.request.theme.label.text(in: c.language))),
                        .p(.span(.class("tag"), .text(item.request.status.label.text(in: c.language)))),
                        .p(.text(c.t("Bij ", "With ") + item.team)))
                })),
            .p(.a(.href("/hulp-vragen"), .text(c.t("Hulp vragen bij het huishouden, begeleiding of vervoer", "Ask for help in the household, support or transport")))),
            .h2(.id("plan"), .text(c.t("Mijn plan", "My plan"))),
            .unwrap(o.plan, { view in
                .group(
                    .p(.a(.href("/plannen/\(view.plan.id!.uuidString)"), .text(view.plan.title))),
                    .p(.text(c.t("Uw vaste contactpersoon: ", "Your contact person: ") + "\(view.plan.regisseurName) (\(view.organisationName)), \(view.plan.regisseurContact)")),
                    .p(.text(planSummary(view))))
            }, else: .p(.text(c.t("U heeft nog geen plan. Helpen meer organisaties u, dan kunt u samen met één vaste contactpersoon een plan maken.",
                                  "You have no plan yet. If several organisations help you, you can make one plan together with one contact person.")))),
            .h2(.id("inkomen"), .text(c.t("Mijn inkomen", "My income"))),
            incomeSection,
            .if(!themes.isEmpty, .h2(.id("onderwerpen"), .text(c.t("Onderwerpen", "Topics")))),
            ThemeLinks.list(themes, c),
            .h2(.id("betrokken"), .text(c.t("Wie helpt u?", "Who helps you?"))),
            .p(.a(.href("/toestemmingen"), .text(c.t("Kies wie wat van u mag zien", "Choose who may see what about you")))),
            .if(o.involved.isEmpty, .p(.text(c.t("Er heeft zich nog geen organisatie als betrokken gemeld.", "No organisation has registered as involved yet."))),
                else: .group(
                    .p(.text(c.t("Deze organisaties hebben doorgegeven dat ze u helpen. Ze zien van elkaar alleen wie de contactpersoon is, niet waar de hulp over gaat.",
                                 "These organisations have registered that they help you. They only see each other's contact person, not what the help is about."))),
                    .ul(.forEach(o.involved) { match in
                        .li(.strong(.text(match.organisationName)),
                            .text(" — \(match.contactName), \(match.contact) (\(c.t("sinds", "since")) \(CivilDate(iso: match.since)?.dutchNotation ?? match.since))"))
                    })))
        ))
    }

    /// "1 doel, 2 acties nog open", with singular and plural.
    private func planSummary(_ view: PlanService.PlanView) -> String {
        let c = context
        let goals = view.goals.count, open = view.actions.filter { $0.status.isOpen }.count
        return c.t("\(goals) \(goals == 1 ? "doel" : "doelen"), \(open) \(open == 1 ? "actie" : "acties") nog open.",
                   "\(goals) \(goals == 1 ? "goal" : "goals"), \(open) \(open == 1 ? "action" : "actions") still open.")
    }

    private var incomeSection: Node<HTML.BodyContext> {
        let c = context
        let income = overview.income
        return .group(
            .if(income.parts.isEmpty, .p(.text(c.t("Er zijn nog geen inkomsten bekend.", "No income is known yet."))),
                else: .group(
                    .div(.class("table-wrapper"), .table(
                        .caption(.text(c.t("Wie betaalt u wat", "Who pays you what"))),
                        .thead(.tr(.th(.text(c.t("Wat", "What"))), .th(.text(c.t("Van", "From"))),
                                   .th(.class("amount"), .text(c.t("Bedrag", "Amount"))), .th(.text(c.t("Hoe vaak", "How often"))),
                                   .th(.class("amount"), .text(c.t("Per maand", "Per month"))))),
                        .tbody(.forEach(income.parts) { part in
                            .tr(.td(.text(part.kind.label.text(in: c.language))), .td(.text(part.payer)),
                                .td(.class("amount"), .text(part.amount.formatted)), .td(.text(part.frequency.label.text(in: c.language))),
                                .td(.class("amount"), .text(part.monthlyAmount.formatted)))
                        }),
                        .tfoot(.tr(.th(.attribute(named: "scope", value: "row"), .attribute(named: "colspan", value: "4"),
                                       .text(c.t("Totaal per maand (gemiddeld)", "Total per month (average)"))),
                                   .td(.class("amount"), .strong(.text(income.monthlyTotal.formatted))))))),
                    .h3(.text(c.t("Komende betalingen", "Coming payments"))),
                    .if(income.upcoming.isEmpty, .p(.text(c.t("Geen betalingen in de komende twee maanden bekend.",
                                                             "No payments known in the coming two months."))),
                        else: .ul(.forEach(income.upcoming) { payment in
                            .li(.strong(.text(payment.date.dutchNotation)),
                                .text(" — \(payment.part.kind.label.text(in: c.language)), \(payment.part.payer): \(payment.part.amount.formatted)"))
                        })))),
            .p(.text(c.t("Bedragen van organisaties geven zij zelf door. Mist er iets, zoals loon of alimentatie? Dan kunt u het zelf toevoegen.",
                         "Organisations supply their own amounts. Is something missing, such as wages or alimony? Then you can add it yourself."))),
            .p(.a(.class("button secondary"), .href("/mijn-plein/inkomen"), .text(c.t("Inkomen toevoegen of verwijderen", "Add or remove income"))))
        )
    }
}
