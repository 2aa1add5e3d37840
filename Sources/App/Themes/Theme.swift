/// A theme a municipality can switch on: a topic residents come with, with its own page and,
/// where it has one, its own service (a help request, an offer, a checklist).
enum Theme: String, Codable, CaseIterable, Sendable {
    case wmo, minima, statushouders, jeugd, werk

    var label: LocalizedText {
        switch self {
        case .wmo: .init(nl: "Hulp thuis", en: "Help at home")
        case .minima: .init(nl: "Rondkomen met een laag inkomen", en: "Getting by on a low income")
        case .statushouders: .init(nl: "Nieuw in Nederland", en: "New in the Netherlands")
        case .jeugd: .init(nl: "Bijna 18", en: "Turning 18")
        case .werk: .init(nl: "Werk en bijstand", en: "Work and bijstand")
        }
    }

    /// One line under the link, in plain words.
    var summary: LocalizedText {
        switch self {
        case .wmo: .init(nl: "Hulp in het huishouden, begeleiding of vervoer vragen.", en: "Ask for help in the household, support or transport.")
        case .minima: .init(nl: "Stadspas, kindpakket en andere regelingen als u weinig geld heeft.",
                            en: "City pass, child package and other schemes when you have little money.")
        case .statushouders: .init(nl: "Wonen, inburgeren, geld, zorg en taal — in uw eigen taal.",
                                   en: "Housing, civic integration, money, health and language — in your own language.")
        case .jeugd: .init(nl: "Wat verandert er als u 18 wordt? Uw eigen lijst.", en: "What changes when you turn 18? Your own list.")
        case .werk: .init(nl: "Bijstand aanvragen, uitzendwerk en zien of werken loont.", en: "Apply for bijstand, temporary work and see whether working pays.")
        }
    }

    var path: String { "/thema/\(rawValue)" }

    /// The languages a theme's page is written in; the hub for status holders in four.
    var languages: [ContentLanguage] { self == .statushouders ? ContentLanguage.allCases : [.nl, .en] }
}
