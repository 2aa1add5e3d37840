import Plot

/// Login with a password. In demo mode every demo account is one button away, so anyone can
/// try Plein in each role without knowing a password.
struct LoginPage {
    struct DemoAccount {
        let username: String
        let displayName: String
        let description: String
    }

    let context: PageContext
    var username = ""
    var errors: [FieldError] = []
    var demoAccounts: [DemoAccount] = []

    func render() -> String {
        let c = context
        return Layout.render(c, title: c.t("Inloggen", "Log in"), hasErrors: !errors.isEmpty, main: .group(
            UI.errorSummary(errors, c),
            .h1(.text(c.t("Inloggen", "Log in"))),
            .p(.text(c.t("Log in met uw inlognaam en wachtwoord.", "Log in with your username and password."))),
            .form(.method(.post), .action("/inloggen"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "inlognaam", label: c.t("Inlognaam", "Username"),
                                           hint: c.t("Meestal uw e-mailadres.", "Usually your e-mail address."),
                                           value: username, autocomplete: "username", width: "width-20"),
                                     errors: errors, c),
                UI.textField(.init(name: "wachtwoord", label: c.t("Wachtwoord", "Password"),
                                           type: .password, autocomplete: "current-password", width: "width-20"),
                                     errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Inloggen", "Log in")))
            ),
            .if(!demoAccounts.isEmpty, .section(.attribute(named: "aria-labelledby", value: "demo-titel"),
                .h2(.id("demo-titel"), .text(c.t("Proberen met een demo-account", "Try a demo account"))),
                .p(.text(c.t("Dit is een demo met verzonnen gegevens. Kies een account om direct in te loggen.",
                             "This is a demo with made-up data. Choose an account to log in straight away."))),
                .ul(.class("demo-accounts"), .forEach(demoAccounts) { account in
                    .li(.form(.method(.post), .action("/inloggen/demo"),
                              UI.csrfField(c),
                              .input(.type(.hidden), .name("inlognaam"), .value(account.username)),
                              .button(.type(.submit), .class("button secondary"), .text(account.displayName))),
                        .span(.text(account.description)))
                })
            ))
        ))
    }
}
