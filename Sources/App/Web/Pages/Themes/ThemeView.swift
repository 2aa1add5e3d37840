import Foundation
import Plot
import PleinDomain
import PleinRules

/// A theme's page: the municipality's own text in the chosen language (Arabic right to left),
/// and the theme's service — asking for help, the minima offer, the turning-18 checklist.
struct ThemeView {
    let context: PageContext
    let theme: Theme
    let page: ThemePage?
    let language: ContentLanguage
    var offer: [ThemeService.Offer]? = nil
    var schemes: GemeenteRegelingen? = nil
    var checklists: [ThemeService.Checklist] = []
    /// A birth date typed by a visitor, and its problem.
    var typedBirthDate = ""
    var birthDateError: FieldError? = nil

    func render() -> String {
        let c = context
        let title = page?.title ?? theme.label.text(in: c.language)
        return Layout.render(c, title: title, hasErrors: birthDateError != nil, main: .group(
            .unwrap(birthDateError) { UI.errorSummary([$0], c) },
            .if(theme.languages.count > 2, .nav(.class("language-choice"), .ariaLabel(c.t("Taal van deze pagina", "Language of this page")),
                .ul(.forEach(theme.languages) { option in
                    .li(.a(.href("\(theme.path)?taal=\(option.rawValue)"), .attribute(named: "lang", value: option.rawValue),
                           .attribute(named: "hreflang", value: option.rawValue),
                           .if(option == language, .attribute(named: "aria-current", value: "page")),
                           .text(option.autonym)))
                }))),
            .article(.attribute(named: "lang", value: page?.language.rawValue ?? c.language.rawValue),
                     .attribute(named: "dir", value: page?.language.direction ?? "ltr"),
                .h1(.text(title)),
                .unwrap(page) { page in
                    .forEach(page.blocks) { block in block.isHeading ? .h2(.text(block.text)) : .p(.text(block.text)) }
                }),
            service
        ))
    }

    private var service: Node<HTML.BodyContext> {
        let c = context
        switch theme {
        case .wmo:
            return .p(.a(.class("button"), .href("/hulp-vragen"), .text(c.t("Hulp vragen", "Ask for help"))))
        case .werk:
            return .div(.class("button-group"),
                        .a(.class("button"), .href("/aanvraag"), .text(c.t("Bijstand aanvragen", "Apply for bijstand"))),
                        .a(.class("button secondary"), .href("/check-je-rechten"), .text(c.t("Check je rechten en of werken loont", "Check your entitlements and whether working pays"))))
        case .statushouders:
            return .p(.a(.href("/check-je-rechten"), .text(c.t("Zien waar u recht op heeft", "See what you are entitled to"))))
        case .minima:
            return minima
        case .jeugd:
            return jeugd
        }
    }

    private var minima: Node<HTML.BodyContext> {
        let c = context
        return .group(
            .h2(.text(c.t("Wat er voor u is", "What there is for you"))),
            .unwrap(offer, { offers in
                .group(
                    .p(.text(c.t("U krijgt bijstand. Daarom weten wij dat uw inkomen laag genoeg is voor deze regelingen. U hoeft dat niet opnieuw te laten zien.",
                                 "You receive bijstand. So we know your income is low enough for these schemes. You do not have to show it again."))),
                    .if(offers.isEmpty, .p(.text(c.t("Er is nu geen regeling die bij uw huishouden past.", "No scheme fits your household right now."))),
                        else: .ul(.class("results"), .forEach(offers) { offer in
                            .li(.class("result"),
                                .h3(.text(offer.scheme.naam)),
                                .p(.text(offer.scheme.omschrijving)),
                                .if(!offer.children.isEmpty, .p(.text(c.t("Voor: ", "For: ") + offer.children.joined(separator: ", ")))),
                                .if(offer.amountPerYear > .zero, .p(.strong(.text(offer.amountPerYear.formatted + c.t(" per jaar", " per year"))))),
                                .p(.text(reason(offer))),
                                .p(.class("hint"), .text(c.t("Bron: ", "Source: ") + offer.scheme.bron.label)),
                                .p(.text(offer.scheme.aanvragen.tekst + " "),
                                   .unwrap(offer.scheme.aanvragen.url) { .a(.href($0), .text(c.t("Aanvragen bij ", "Apply at ") + offer.scheme.aanvragen.waar)) }))
                        })),
                    .p(.text(c.t("Een medewerker van de gemeente beslist over uw aanvraag.", "A municipal officer decides on your application."))))
            }, else: .group(
                .unwrap(schemes) { schemes in
                    .ul(.forEach(schemes.regelingen) { scheme in .li(.strong(.text(scheme.naam)), .text(" — " + scheme.omschrijving)) })
                },
                .p(.a(.class("button"), .href("/check-je-rechten"), .text(c.t("Check of u er recht op heeft", "Check whether you are entitled")))))))
    }

    /// Why the scheme is offered, with its vermogen condition.
    private func reason(_ offer: ThemeService.Offer) -> String {
        let c = context
        let percentage = offer.scheme.inkomensgrensPercentage
        var text = c.t("Waarom: uw inkomen is niet hoger dan de bijstandsnorm; de grens is \(percentage)% daarvan.",
                       "Why: your income is not above the bijstand norm; the limit is \(percentage)% of it.")
        if let limit = offer.scheme.vermogensgrens {
            text += c.t(" Uw vermogen mag niet hoger zijn dan \(limit.formatted).", " Your assets may not exceed \(limit.formatted).")
        }
        return text
    }

    private var jeugd: Node<HTML.BodyContext> {
        let c = context
        return .group(
            .forEach(checklists) { checklist in
                .group(.h2(.text(c.t("Wat verandert er voor ", "What changes for ") + checklist.name)),
                       .p(.text(c.t("18 jaar op ", "18 on ") + TurningEighteenChecklist.eighteenthBirthday(checklist.birthDate).dutchNotation)),
                       .if(!checklist.isOwn, .p(.text(c.t("Deze lijst spreekt uw kind zelf aan. Loop hem samen door.",
                                                          "This list speaks to your child. Go through it together.")))),
                       items(checklist.items))
            },
            .h2(.text(c.t("Lijst maken voor een geboortedatum", "Make the list for a date of birth"))),
            .form(.method(.get), .action(theme.path), .novalidate(),
                UI.textField(.init(name: "geboortedatum", label: c.t("Geboortedatum", "Date of birth"),
                                   hint: c.t("Bijvoorbeeld 14-3-2009.", "For example 14-3-2009."), value: typedBirthDate, width: "width-10"),
                             errors: birthDateError.map { [$0] } ?? [], c),
                .button(.type(.submit), .class("button"), .text(c.t("Lijst maken", "Make list")))))
    }

    private func items(_ items: [TurningEighteenChecklist.Item]) -> Node<HTML.BodyContext> {
        let c = context
        return .ol(.class("steps"), .forEach(items) { item in
            .li(.class("step"),
                .h3(.text(item.title.text(in: c.language))),
                .p(.strong(.text(c.t("Wanneer: ", "When: ") + item.date.dutchNotation))),
                .p(.text(item.text.text(in: c.language))),
                .unwrap(item.reference) { reference in
                    .p(.class("hint"), .text(c.t("Wet: ", "Law: ")),
                       .unwrap(reference.url(on: .today), { .a(.href($0), .text(reference.label)) }, else: .text(reference.label)))
                })
        })
    }
}
