import Foundation
import PleinRules

/// A municipality's whole configuration as one versioned file — themes, local schemes, wijken,
/// assignment and plan templates, content pages — so municipalities reuse each other's work.
/// Enumerations are read as text and checked by `ConfigurationService`, so one import names
/// every wrong value at once instead of stopping at the first.
struct MunicipalityConfiguration: Codable, Sendable, Equatable {
    static let formatName = "plein-gemeenteconfiguratie"
    static let currentVersion = 1

    struct AreaEntry: Codable, Sendable, Equatable {
        var naam: String
        var postcodeVan: Int
        var postcodeTotEnMet: Int
        /// The serving organisation by name: ids differ between installations, names do not.
        var bediendDoor: String?
    }

    struct AssignmentTemplateEntry: Codable, Sendable, Equatable {
        var titel: String
        var instructie: String
        var bewijs: String
        var termijnDagen: Int
        var bijZoekperiode: Bool
        var actief: Bool
    }

    struct PlanTemplateEntry: Codable, Sendable, Equatable {
        var thema: String
        var naam: String
        var doelen: [GoalEntry]
    }

    struct GoalEntry: Codable, Sendable, Equatable {
        var omschrijving: String
        var acties: [ActionEntry]
    }

    struct ActionEntry: Codable, Sendable, Equatable {
        var omschrijving: String
        var uitvoerder: String
        var termijnDagen: Int?
    }

    struct PageEntry: Codable, Sendable, Equatable {
        var thema: String
        var taal: String
        var titel: String
        var inhoud: String
    }

    var formaat: String
    var versie: Int
    /// The municipality it was exported from; informative only.
    var gemeente: String
    var themas: [String]
    var regelingen: GemeenteRegelingen?
    var gebieden: [AreaEntry]
    var opdrachtsjablonen: [AssignmentTemplateEntry]
    var plansjablonen: [PlanTemplateEntry]
    var paginas: [PageEntry]
}
