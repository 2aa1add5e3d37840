import Foundation
import Plot

/// The resident decides which organisation may see what of their municipality's data, and
/// changes it at any time; a change counts from the next time the organisation looks.
struct ConsentPage {
    let context: PageContext
    let grantees: [ConsentService.Grantee]
    var saved = false

    func render() -> String {
        let c = context
        let title = c.t("Wie mag wat zien?", "Who may see what?")
        return Layout.render(c, title: title, main: .group(
            .a(.class("back-link"), .href("/mijn-gegevens"), .text(c.t("Terug naar Mijn gegevens", "Back to My data"))),
            .if(saved, .div(.class("notice success"), .attribute(named: "role", value: "status"),
                            .p(.text(c.t("Uw keuze is opgeslagen. Die geldt meteen.", "Your choice has been saved. It applies at once."))))),
            .h1(.text(title)),
            .p(.class("lead"), .text(c.t(
                "Organisaties die u helpen, zien niet vanzelf wat de gemeente van u weet. U kiest per organisatie wat ze mogen zien. U kunt dat altijd weer uitzetten.",
                "Organisations that help you do not automatically see what the municipality knows about you. You choose per organisation what they may see. You can always switch it off again."))),
            .if(grantees.isEmpty, .p(.text(c.t("Er zijn nog geen andere organisaties die u kennen.", "There are no other organisations that know you yet.")))),
            .forEach(grantees) { grantee in
                .form(.method(.post), .action("/toestemmingen/\(grantee.organisationID.uuidString)"), .class("consent"),
                    UI.csrfField(c),
                    .fieldset(
                        .element(named: "legend", nodes: [.h2(.class("legend-heading-small"), .text(grantee.name))]),
                        .forEach(Consent.Category.allCases) { category in
                            let id = "toestemming-\(grantee.organisationID.uuidString)-\(category.rawValue)"
                            return .div(.class("checkbox"),
                                .input(.type(.checkbox), .id(id), .name(category.rawValue), .value("ja"), .checked(grantee.granted.contains(category))),
                                .label(.for(id), .text(category.label.text(in: c.language)),
                                       .span(.class("hint"), .text(" — " + c.t("om ", "to ") + category.purpose.lowercased()))))
                        }),
                    .button(.type(.submit), .class("button secondary"), .text(c.t("Opslaan", "Save")),
                            .span(.class("visually-hidden"), .text(": \(grantee.name)"))))
            }
        ))
    }
}
