import Plot
import PleinDomain

/// The professional's list of residents of their organisation, with search and pages. A search
/// or page the form cannot send comes back as an error, without a list (`result` nil).
struct ResidentsPage {
    let context: PageContext
    let query: String
    let result: ResidentService.SearchResult?
    var registered: Resident? = nil
    var errors: [FieldError] = []

    /// The search field's label, also naming it in its error.
    static let searchLabel = LocalizedText(nl: "Zoeken", en: "Search")

    func render() -> String {
        let c = context
        return Layout.render(c, title: c.t("Inwoners", "Residents"), hasErrors: !errors.isEmpty, main: .group(
            .h1(.text(c.t("Inwoners", "Residents"))),
            UI.errorSummary(errors, c),
            .form(.method(.get), .action("/inwoners"), .attribute(named: "role", value: "search"),
                UI.textField(.init(name: "zoek", label: Self.searchLabel.text(in: c.language),
                                           hint: c.t("Op BSN of het begin van de achternaam.", "By BSN or the start of the family name."),
                                           value: query, required: false, width: "width-20"), errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Zoeken", "Search")))),
            .p(.a(.class("button secondary"), .href("/inwoners/nieuw"), .text(c.t("Nieuwe inwoner registreren", "Register a new resident")))),
            .unwrap(result) { list(of: $0) }
        ))
    }

    private func list(of result: ResidentService.SearchResult) -> Node<HTML.BodyContext> {
        let c = context
        return .group(
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
        )
    }

    private func pageLink(_ page: Int) -> String {
        "/inwoners?zoek=\(UI.percentEncoded(query))&pagina=\(page)"
    }
}
