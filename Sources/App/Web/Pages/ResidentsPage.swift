import Plot
import PleinDomain

/// The professional's list of residents of their organisation, with search and pages.
struct ResidentsPage {
    let context: PageContext
    let query: String
    let result: ResidentService.SearchResult
    var registered: Resident? = nil

    func render() -> String {
        let c = context
        return Layout.render(c, title: c.t("Inwoners", "Residents"), main: .group(
            .h1(.text(c.t("Inwoners", "Residents"))),
            .form(.method(.get), .action("/inwoners"), .attribute(named: "role", value: "search"),
                UI.textField(.init(name: "zoek", label: c.t("Zoeken", "Search"),
                                           hint: c.t("Op BSN of het begin van de achternaam.", "By BSN or the start of the family name."),
                                           value: query, required: false, width: "width-20"), errors: [], c),
                .button(.type(.submit), .class("button"), .text(c.t("Zoeken", "Search")))),
            .p(.a(.class("button secondary"), .href("/inwoners/nieuw"), .text(c.t("Nieuwe inwoner registreren", "Register a new resident")))),
            .p(.attribute(named: "role", value: "status"),
               .text(c.t("\(result.total) inwoners gevonden.", "\(result.total) residents found."))),
            .if(!result.residents.isEmpty, .div(.class("table-wrapper"), .table(
                .caption(.text(c.t("Inwoners, pagina \(result.page) van \(result.pageCount)", "Residents, page \(result.page) of \(result.pageCount)"))),
                .thead(.tr(.th(.text(c.t("Naam", "Name"))), .th(.text("BSN")), .th(.text(c.t("Geboortedatum", "Date of birth"))),
                           .th(.text(c.t("Postcode", "Postcode"))))),
                .tbody(.forEach(result.residents) { resident in
                    .tr(.td(.a(.href("/inwoners/\(resident.id!.uuidString)"), .text(resident.fullName))),
                        .td(.text(BSN(resident.bsn)?.grouped ?? resident.bsn)),
                        .td(.text(CivilDate(iso: resident.birthDate)?.dutchNotation ?? resident.birthDate)),
                        .td(.text(Postcode(resident.postcode)?.printed ?? resident.postcode)))
                })
            ))),
            .if(result.pageCount > 1, .nav(.ariaLabel(c.t("Paginering", "Pagination")), .ul(.class("pagination"),
                .if(result.page > 1, .li(.a(.href(pageLink(result.page - 1)), .text(c.t("Vorige pagina", "Previous page"))))),
                .if(result.page < result.pageCount, .li(.a(.href(pageLink(result.page + 1)), .text(c.t("Volgende pagina", "Next page")))))
            )))
        ))
    }

    private func pageLink(_ page: Int) -> String {
        "/inwoners?zoek=\(UI.percentEncoded(query))&pagina=\(page)"
    }
}
