import Foundation
import Plot
import PleinDomain

/// The professional's work queue: search, filters, and one row per case with its progress at a
/// glance. Filters are a plain GET form, so every view has its own address. A filter value the
/// form cannot send comes back as an error, with the form and without a list (`result` nil).
struct WorkQueuePage {
    let context: PageContext
    let filter: WorkQueueFilter
    let result: CaseService.Page?
    var errors: [FieldError] = []

    /// The filters' labels: on the form, and naming a filter in its error.
    static let searchLabel = LocalizedText(nl: "Zoek op BSN, achternaam of aanvraagnummer", en: "Search by BSN, family name or application number")
    static let statusLabel = LocalizedText(nl: "Status", en: "Status")
    static let urgencyLabel = LocalizedText(nl: "Voortgang", en: "Progress")
    static let onlyMineLabel = LocalizedText(nl: "Alleen mijn aanvragen", en: "Only my applications")

    func render() -> String {
        let c = context
        return Layout.render(c, title: c.t("Werkvoorraad", "Work queue"), hasErrors: !errors.isEmpty, main: .group(
            .h1(.text(c.t("Werkvoorraad bijstand", "Work queue bijstand"))),
            UI.errorSummary(errors, c),
            .form(.method(.get), .action("/werkvoorraad"), .class("filters"),
                UI.textField(.init(name: "zoek", label: Self.searchLabel.text(in: c.language),
                                   value: filter.query, type: .search, required: false), errors: errors, c),
                UI.select(name: "status", label: Self.statusLabel.text(in: c.language),
                          options: [("", c.t("Alle", "All"))] + WorkQueueFilter.statuses.map { ($0.rawValue, $0.label.text(in: c.language)) },
                          selected: filter.status?.rawValue ?? "", errors: errors, c),
                UI.select(name: "urgentie", label: Self.urgencyLabel.text(in: c.language),
                          options: [("", c.t("Alle", "All")), ("te-laat", c.t("Te laat", "Overdue")),
                                    ("binnenkort", c.t("Deadline binnen 7 dagen", "Due within 7 days")),
                                    ("beoordelen", c.t("Wacht op beoordeling", "Waiting for review"))],
                          selected: filter.urgency?.rawValue ?? "", errors: errors, c),
                .div(.class("checkbox"),
                    .input(.type(.checkbox), .id("veld-mijn"), .name("mijn"), .value("ja"), .checked(filter.onlyMine)),
                    .label(.for("veld-mijn"), .text(Self.onlyMineLabel.text(in: c.language)))),
                .button(.type(.submit), .class("button"), .text(c.t("Toon", "Show")))
            ),
            .unwrap(result) { list(of: $0) }
        ))
    }

    private func list(of result: CaseService.Page) -> Node<HTML.BodyContext> {
        let c = context
        return .group(
            .p(.attribute(named: "role", value: "status"), .text(result.isCapped
                ? c.t("Meer dan \(CaseService.countCap.formatted(.number.locale(Locale(identifier: "nl_NL")))) aanvragen gevonden. Zoek of filter om er minder te zien.",
                      "More than \(CaseService.countCap.formatted(.number.locale(Locale(identifier: "en_GB")))) applications found. Search or filter to see fewer.")
                : c.t("\(result.total) aanvragen gevonden.", "\(result.total) applications found."))),
            .div(.class("table-wrapper"), .table(
                .caption(.class("visually-hidden"), .text(c.t("Aanvragen", "Applications"))),
                .thead(.tr(
                    .th(.text(c.t("Aanvraag", "Application"))), .th(.text(c.t("Inwoner", "Resident"))),
                    .th(.text(c.t("Status", "Status"))), .th(.text(c.t("Voortgang", "Progress"))),
                    .th(.text(c.t("Open opdrachten", "Open assignments"))), .th(.text(c.t("Eerstvolgende deadline", "Next deadline"))),
                    .th(.text(c.t("Consulent", "Case worker"))))),
                .tbody(.forEach(result.cases) { file in
                    let progress = file.progress
                    return .tr(
                        .td(.a(.href("/zaken/\(file.id.uuidString)"), .text(file.referentie))),
                        .td(.text(file.naam)),
                        .td(.text(file.status.label.text(in: c.language))),
                        .td(.span(.class("tag tag-\(progress.rawValue)"), .text(progress.label.text(in: c.language)))),
                        .td(.text("\(file.opdrachten_open)" + (file.opdrachten_te_beoordelen > 0 ? c.t(" (\(file.opdrachten_te_beoordelen) te beoordelen)", " (\(file.opdrachten_te_beoordelen) to review)") : ""))),
                        .td(.text(file.eerstvolgende_deadline.flatMap(CivilDate.init(iso:))?.dutchNotation ?? "—")),
                        .td(.text(file.behandelaar_naam ?? "—")))
                })
            )),
            pagination(of: result)
        )
    }

    private func pagination(of result: CaseService.Page) -> Node<HTML.BodyContext> {
        let c = context
        func link(_ page: Int) -> String {
            var items = ["pagina=\(page)"]
            if !filter.query.isEmpty { items.append("zoek=\(UI.percentEncoded(filter.query))") }
            if let status = filter.status { items.append("status=\(status.rawValue)") }
            if let urgency = filter.urgency { items.append("urgentie=\(urgency.rawValue)") }
            if filter.onlyMine { items.append("mijn=ja") }
            return "/werkvoorraad?" + items.joined(separator: "&")
        }
        return .if(result.pageCount > 1, .nav(.class("pagination"), .ariaLabel(c.t("Paginering", "Pagination")),
            .if(result.page > 1, .a(.href(link(result.page - 1)), .text(c.t("Vorige", "Previous")))),
            .span(.text(c.t(" Pagina \(result.page) van \(result.pageCount) ", " Page \(result.page) of \(result.pageCount) "))),
            .if(result.page < result.pageCount, .a(.href(link(result.page + 1)), .text(c.t("Volgende", "Next"))))))
    }
}
