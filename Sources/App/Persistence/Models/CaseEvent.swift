import Fluent
import Foundation

/// One line in a case's timeline: what happened, when, and by whom. Lines marked for the
/// resident make up the status page they follow instead of calling.
final class CaseEvent: Model, @unchecked Sendable {
    static let schema = "zaak_gebeurtenissen"

    enum Kind: String, Codable, Sendable {
        case ingediend, zoekperiodeGestart = "zoekperiode_gestart", inBehandeling = "in_behandeling"
        case behandelaarToegewezen = "behandelaar_toegewezen"
        case opdrachtGegeven = "opdracht_gegeven", opdrachtIngeleverd = "opdracht_ingeleverd"
        case opdrachtGeaccepteerd = "opdracht_geaccepteerd", opdrachtAanvullen = "opdracht_aanvullen"
        case documentToegevoegd = "document_toegevoegd", besluit
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "zaak_id") var caseID: UUID
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "op") var at: Date
    @Enum(key: "soort") var kind: Kind
    /// A short fact for the line, such as an assignment's title; never free-form case notes.
    @OptionalField(key: "detail") var detail: String?
    @Field(key: "door") var byName: String
    @Field(key: "voor_inwoner") var shownToResident: Bool

    init() {}

    init(caseID: UUID, organisationID: UUID, at: Date = Date(), kind: Kind, detail: String? = nil,
         byName: String, shownToResident: Bool) {
        self.caseID = caseID
        self.organisationID = organisationID
        self.at = at
        self.kind = kind
        self.detail = detail
        self.byName = byName
        self.shownToResident = shownToResident
    }
}
