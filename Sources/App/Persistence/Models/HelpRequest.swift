import Fluent
import Foundation

/// A resident's request for help (for example Wmo household support), sent to the team that
/// serves their wijk — found by postcode, so the resident need not know who that is. Held by
/// the receiving organisation; the resident sees it, with the intake appointment, on Mijn Plein.
final class HelpRequest: Model, @unchecked Sendable {
    static let schema = "hulpvragen"

    enum Theme: String, Codable, CaseIterable, Sendable {
        case huishoudelijkeHulp = "huishoudelijke_hulp"
        case begeleiding
        case vervoer

        var label: LocalizedText {
            switch self {
            case .huishoudelijkeHulp: .init(nl: "Hulp in het huishouden", en: "Help in the household")
            case .begeleiding: .init(nl: "Begeleiding, bijvoorbeeld bij geldzaken of de dag indelen",
                                     en: "Support, for example with money matters or planning the day")
            case .vervoer: .init(nl: "Vervoer, bijvoorbeeld een taxi als u niet met het openbaar vervoer kunt",
                                 en: "Transport, for example a taxi when you cannot use public transport")
            }
        }
    }

    enum Status: String, Codable, CaseIterable, Sendable {
        case nieuw
        case intakeGepland = "intake_gepland"
        case afgerond

        var label: LocalizedText {
            switch self {
            case .nieuw: .init(nl: "Ontvangen", en: "Received")
            case .intakeGepland: .init(nl: "Gesprek gepland", en: "Meeting planned")
            case .afgerond: .init(nl: "Afgerond", en: "Closed")
            }
        }
    }

    @ID(key: .id) var id: UUID?
    /// The team that received it.
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "gemeente_id") var municipalityID: UUID
    @OptionalField(key: "gebied_id") var areaID: UUID?
    @Field(key: "bsn") var bsn: String
    @Field(key: "naam") var residentName: String
    @Enum(key: "thema") var theme: Theme
    @Field(key: "vraag") var question: String
    /// How the team reaches the resident, as the resident gave it.
    @Field(key: "contact") var contact: String
    @Enum(key: "status") var status: Status
    /// The intake appointment: ISO date and time in the municipality's local time, `YYYY-MM-DDTHH:MM`.
    @OptionalField(key: "intake_op") var intakeAt: String?
    @OptionalField(key: "intake_plaats") var intakePlace: String?
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, municipalityID: UUID, areaID: UUID?, bsn: String, residentName: String, theme: Theme,
         question: String, contact: String) {
        self.organisationID = organisationID
        self.municipalityID = municipalityID
        self.areaID = areaID
        self.bsn = bsn
        self.residentName = residentName
        self.theme = theme
        self.question = question
        self.contact = contact
        self.status = .nieuw
    }
}
