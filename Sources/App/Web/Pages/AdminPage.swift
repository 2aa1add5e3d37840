import Plot

/// The functional administrator's overview of their organisation: its accounts and its API
/// clients. A new API token is shown exactly once.
struct AdminPage {
    let context: PageContext
    let users: [User]
    let clients: [APIClient]
    var newToken: (name: String, token: String)? = nil
    var clientName = ""
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        return Layout.render(c, title: c.t("Beheer", "Administration"), hasErrors: !errors.isEmpty, main: .group(
            UI.errorSummary(errors, c),
            .h1(.text(c.t("Beheer", "Administration"))),
            .ul(.li(.a(.href("/beheer/opdrachten"), .text(c.t("Opdrachten voor de zoekperiode", "Assignments for the search period")))),
                .li(.a(.href("/beheer/uitgaande-mail"), .text(c.t("Uitgaande e-mail", "Outgoing e-mail")))),
                .li(.a(.href("/beheer/webhooks"), .text(c.t("Webhooks", "Webhooks")))),
                .li(.a(.href("/beheer/themas"), .text(c.t("Thema's, pagina's, plansjablonen en de configuratie als bestand", "Themes, pages, plan templates and the configuration as a file")))),
                .li(.a(.href("/beheer/gebieden"), .text(c.t("Wijken en wie ze bedient", "Areas and who serves them"))))),
            .unwrap(newToken) { created in
                .div(.class("notice success"), .attribute(named: "role", value: "status"),
                     .p(.text(c.t("De koppeling \(created.name) is gemaakt. Kopieer de sleutel nu: u ziet hem maar één keer.",
                                  "The connection \(created.name) has been made. Copy the key now: you see it only once."))),
                     .p(.class("token"), .text(created.token)))
            },
            .h2(.text(c.t("Accounts", "Accounts"))),
            .div(.class("table-wrapper"), .table(
                .caption(.text(c.t("Accounts van uw organisatie", "Accounts of your organisation"))),
                .thead(.tr(.th(.text(c.t("Naam", "Name"))), .th(.text(c.t("Rol", "Role"))), .th(.text(c.t("Inlognaam", "Username"))))),
                .tbody(.forEach(users) { user in
                    .tr(.td(.text(user.displayName)), .td(.text(RoleName.describe(user.role, c))), .td(.text(user.username)))
                }))),
            .h2(.text(c.t("Koppelingen (API)", "Connections (API)"))),
            .if(clients.isEmpty, .p(.text(c.t("Er zijn nog geen koppelingen.", "There are no connections yet."))),
                else: .div(.class("table-wrapper"), .table(
                    .caption(.text(c.t("Systemen die de API van Plein gebruiken", "Systems that use the Plein API"))),
                    .thead(.tr(.th(.text(c.t("Naam", "Name"))), .th(.text(c.t("Gemaakt", "Created"))), .th(.text(c.t("Status", "Status"))))),
                    .tbody(.forEach(clients) { client in
                        .tr(.td(.text(client.name)),
                            .td(.text(client.createdAt.map { UI.dateTime($0, c) } ?? "")),
                            .td(.text(client.revokedAt == nil ? c.t("Actief", "Active") : c.t("Ingetrokken", "Revoked"))))
                    })))),
            .form(.method(.post), .action("/beheer/koppelingen"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "naam", label: c.t("Naam van de nieuwe koppeling", "Name of the new connection"),
                                           hint: c.t("Bijvoorbeeld de naam van het systeem.", "For example the name of the system."),
                                           value: clientName, width: "width-20"), errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Koppeling maken", "Make connection"))))
        ))
    }
}
