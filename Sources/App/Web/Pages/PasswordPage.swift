import Plot

/// The form to change one's own password.
struct PasswordPage {
    let context: PageContext
    var errors: [FieldError] = []
    var changed = false

    func render() -> String {
        let c = context
        func field(_ name: String, _ label: String, hint: String? = nil, autocomplete: String) -> Node<HTML.FormContext> {
            UI.textField(.init(name: name, label: label, hint: hint, type: .password, autocomplete: autocomplete, width: "width-20"),
                         errors: errors, c)
        }
        return Layout.render(c, title: c.t("Wachtwoord wijzigen", "Change password"), hasErrors: !errors.isEmpty, main: .group(
            UI.errorSummary(errors, c),
            .if(changed, .div(.class("notice success"), .attribute(named: "role", value: "status"),
                              .p(.text(c.t("Uw wachtwoord is gewijzigd. U bent overal anders uitgelogd.",
                                           "Your password has been changed. You have been logged out everywhere else."))))),
            .h1(.text(c.t("Wachtwoord wijzigen", "Change password"))),
            .form(.method(.post), .action("/wachtwoord"), .novalidate(),
                UI.csrfField(c),
                field("huidigWachtwoord", c.t("Huidig wachtwoord", "Current password"), autocomplete: "current-password"),
                field("nieuwWachtwoord", c.t("Nieuw wachtwoord", "New password"),
                      hint: c.t("Minstens 8 en hoogstens 64 tekens. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.",
                                "At least 8 and at most 64 characters. A sentence of a few words is easy to remember and hard to guess."),
                      autocomplete: "new-password"),
                field("herhaalWachtwoord", c.t("Herhaal het nieuwe wachtwoord", "Repeat the new password"), autocomplete: "new-password"),
                .button(.type(.submit), .class("button"), .text(c.t("Wachtwoord wijzigen", "Change password"))))
        ))
    }
}
