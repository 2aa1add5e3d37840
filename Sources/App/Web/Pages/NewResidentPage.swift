import Plot

/// The form to register a resident. On errors it comes back with the summary, each message at
/// its field, and everything the professional typed.
struct NewResidentPage {
    let context: PageContext
    var input = ResidentInput()
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        func field(_ name: String, _ label: String, _ value: String, hint: String? = nil, autocomplete: String? = nil,
                   inputMode: String? = nil, required: Bool = true, width: String? = nil) -> Node<HTML.FormContext> {
            UI.textField(.init(name: name, label: label, hint: hint, value: value, autocomplete: autocomplete,
                                       inputMode: inputMode, required: required, width: width), errors: errors, c)
        }
        return Layout.render(c, title: c.t("Nieuwe inwoner registreren", "Register a new resident"), hasErrors: !errors.isEmpty, main: .group(
            UI.errorSummary(errors, c),
            .h1(.text(c.t("Nieuwe inwoner registreren", "Register a new resident"))),
            .form(.method(.post), .action("/inwoners/nieuw"), .novalidate(),
                UI.csrfField(c),
                field("bsn", "BSN", input.bsn, hint: c.t("9 cijfers.", "9 digits."), inputMode: "numeric", width: "width-10"),
                field("voornamen", c.t("Voornamen", "Given names"), input.givenNames, autocomplete: "off"),
                field("achternaam", c.t("Achternaam", "Family name"), input.familyName, autocomplete: "off"),
                field("geboortedatum", c.t("Geboortedatum", "Date of birth"), input.birthDate,
                      hint: c.t("Jaar-maand-dag, bijvoorbeeld 1990-03-25.", "Year-month-day, for example 1990-03-25."), width: "width-10"),
                field("postcode", c.t("Postcode", "Postcode"), input.postcode, hint: c.t("Bijvoorbeeld 1234 AB.", "For example 1234 AB."), width: "width-10"),
                field("huisnummer", c.t("Huisnummer", "House number"), input.houseNumber, width: "width-10"),
                field("woonplaats", c.t("Woonplaats", "Town"), input.town),
                field("email", c.t("E-mailadres", "E-mail address"), input.email, required: false),
                field("iban", "IBAN", input.iban, hint: c.t("Bijvoorbeeld NL91 ABNA 0417 1643 00.", "For example NL91 ABNA 0417 1643 00."),
                      required: false, width: "width-20"),
                .div(.class("button-group"),
                     .button(.type(.submit), .class("button"), .text(c.t("Registreren", "Register"))),
                     .a(.href("/inwoners"), .text(c.t("Annuleren", "Cancel"))))
            )
        ))
    }
}
