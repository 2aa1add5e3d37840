import Foundation
import Plot
import PleinDomain

/// The verwijsindex for professionals: signals (other organisations involved with the same
/// residents, with whom to call), registering involvement, and the organisation's registrations.
struct InvolvementPage {
    let context: PageContext
    /// Nil when the page number asked for is no page number (then the errors say so).
    let matches: [InvolvementService.Match]?
    var page = 1
    let own: [Involvement]
    var input = InvolvementService.Input()
    var notice: String? = nil
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = c.t("Betrokkenheid", "Involvement")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            UI.errorSummary(errors, c),
            .unwrap(notice) { .div(.class("notice success"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .h1(.text(title)),
            .p(.class("lead"), .text(c.t(
                "Geef door dat uw organisatie een inwoner helpt. Helpen meer organisaties dezelfde inwoner, dan ziet u elkaars contactpersoon. U ziet nooit waar de hulp over gaat.",
                "Register that your organisation helps a resident. When more organisations help the same resident, you see each other's contact person. You never see what the help is about."))),
            .h2(.text(c.t("Signalen: ook betrokken", "Signals: also involved"))),
            .unwrap(matches) { signals($0) },
            .h2(.text(c.t("Betrokkenheid doorgeven", "Register involvement"))),
            .form(.method(.post), .action("/betrokkenheid"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "bsn", label: "BSN", value: input.bsn, inputMode: "numeric", width: "width-10"), errors: errors, c),
                UI.textField(.init(name: "contactpersoon", label: c.t("Contactpersoon", "Contact person"), value: input.contactName,
                                   width: "width-20"), errors: errors, c),
                UI.textField(.init(name: "contact", label: c.t("Telefoon of e-mail van de contactpersoon", "Phone or e-mail of the contact person"),
                                   value: input.contact, width: "width-20"), errors: errors, c),
                UI.textField(.init(name: "sinds", label: c.t("Betrokken sinds", "Involved since"),
                                   hint: c.t("Bijvoorbeeld 1-11-2026. Leeg: vandaag.", "For example 1-11-2026. Empty: today."),
                                   value: input.since, required: false, width: "width-10"), errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Doorgeven", "Register")))),
            .h2(.text(c.t("Door uw organisatie doorgegeven", "Registered by your organisation"))),
            .if(own.isEmpty, .p(.text(c.t("Nog niets doorgegeven.", "Nothing registered yet."))),
                else: .ul(.forEach(own) { involvement in
                    .li(.text("\(BSN(involvement.bsn)?.grouped ?? involvement.bsn) — \(involvement.contactName), \(c.t("sinds", "since")) \(date(involvement.since)) "),
                        .form(.method(.post), .action("/betrokkenheid/\(involvement.id!.uuidString)/beeindigen"), .class("inline-form"),
                              UI.csrfField(c),
                              .button(.type(.submit), .class("button secondary"), .text(c.t("Beëindigen", "End")),
                                      .span(.class("visually-hidden"), .text(" \(BSN(involvement.bsn)?.grouped ?? involvement.bsn)")))))
                }))
        ))
    }

    private func date(_ iso: String) -> String { CivilDate(iso: iso)?.dutchNotation ?? iso }

    /// The signals of one page, with links to the pages around it.
    private func signals(_ matches: [InvolvementService.Match]) -> Node<HTML.BodyContext> {
        let c = context
        return .group(
            .if(matches.isEmpty, .p(.text(c.t("Geen andere organisaties betrokken bij uw inwoners.", "No other organisations involved with your residents."))),
                else: .div(.class("table-wrapper"), .table(
                    .caption(.class("visually-hidden"), .text(c.t("Andere betrokken organisaties", "Other organisations involved"))),
                    .thead(.tr(.th(.text("BSN")), .th(.text(c.t("Organisatie", "Organisation"))), .th(.text(c.t("Contactpersoon", "Contact person"))),
                               .th(.text(c.t("Contact", "Contact"))), .th(.text(c.t("Sinds", "Since"))))),
                    .tbody(.forEach(matches) { match in
                        .tr(.td(.text(BSN(match.bsn)?.grouped ?? match.bsn)), .td(.text(match.organisationName)),
                            .td(.text(match.contactName)), .td(.text(match.contact)), .td(.text(date(match.since))))
                    })))),
            .if(page > 1 || matches.count == InvolvementService.signalPageSize, .nav(.class("pagination"), .ariaLabel(c.t("Pagina's met signalen", "Pages of signals")),
                .if(page > 1, .a(.href("/betrokkenheid?pagina=\(page - 1)"), .text(c.t("Vorige pagina", "Previous page")))),
                .if(matches.count == InvolvementService.signalPageSize,
                    .a(.href("/betrokkenheid?pagina=\(page + 1)"), .text(c.t("Volgende pagina", "Next page"))))))
        )
    }
}
