import Plot
import PleinDomain

/// One resident's record, for a professional of the organisation that holds it.
struct ResidentPage {
    let context: PageContext
    let resident: Resident
    var justRegistered = false
    /// For an organisation other than the municipality: what the municipality shares with consent.
    var shared: [ConsentService.SharedCategory] = []

    func render() -> String {
        let c = context
        let birthDate = CivilDate(iso: resident.birthDate)
        return Layout.render(c, title: resident.fullName, main: .group(
            .p(.a(.href("/inwoners"), .text(c.t("Terug naar inwoners", "Back to residents")))),
            .if(justRegistered, .div(.class("notice success"), .attribute(named: "role", value: "status"),
                                     .p(.text(c.t("De inwoner is geregistreerd.", "The resident has been registered."))))),
            .h1(.text(resident.fullName)),
            .dl(.class("details"),
                .dt(.text("BSN")), .dd(.text(BSN(resident.bsn)?.grouped ?? resident.bsn)),
                .dt(.text(c.t("Geboortedatum", "Date of birth"))),
                .dd(.text(birthDate.map { "\($0.dutchNotation) (\($0.age(on: CivilDate.today)) \(c.t("jaar", "years")))" } ?? resident.birthDate)),
                .dt(.text(c.t("Adres", "Address"))),
                .dd(.text("\(resident.houseNumber), \(Postcode(resident.postcode)?.printed ?? resident.postcode) \(resident.town)")),
                .dt(.text(c.t("E-mail", "E-mail"))), .dd(.text(resident.email ?? c.t("niet bekend", "not known"))),
                .dt(.text("IBAN")), .dd(.text(resident.iban.flatMap { IBAN($0)?.printed } ?? c.t("niet bekend", "not known")))
            ),
            .if(!shared.isEmpty, .section(.attribute(named: "aria-labelledby", value: "gedeeld"),
                .h2(.id("gedeeld"), .text(c.t("Van de gemeente, met toestemming van de inwoner", "From the municipality, with the resident's consent"))),
                .forEach(shared) { item in
                    .group(
                        .h3(.text(item.category.label.text(in: c.language))),
                        .unwrap(item.lines, { lines in .ul(.forEach(lines) { .li(.text($0)) }) },
                                else: .p(.class("hint"), .text(c.t(
                                    "Niet zichtbaar: de inwoner heeft geen toestemming gegeven om dit met uw organisatie te delen (of heeft die ingetrokken).",
                                    "Not visible: the resident has not given consent to share this with your organisation (or has withdrawn it).")))))
                }))
        ))
    }
}
