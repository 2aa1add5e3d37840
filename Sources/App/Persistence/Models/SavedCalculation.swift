import Fluent
import Foundation

/// A "Check je rechten" result that a logged-in resident chose to keep: the outcome per scheme
/// only, not the answers, which stay in the resident's browser.
final class SavedCalculation: Model, @unchecked Sendable {
    static let schema = "bewaarde_berekeningen"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "bsn") var bsn: String
    @Field(key: "peildatum") var peildatum: String
    @Field(key: "opgeslagen_op") var savedAt: Date
    /// One line per scheme: code, name, right (ja/nee/onbekend) and monthly amount in cents.
    /// Wrapped in an object: Fluent would store a bare array as `jsonb[]` on PostgreSQL.
    @Field(key: "uitkomsten") var stored: Outcomes

    var outcomes: [Outcome] { stored.regelingen }

    struct Outcomes: Codable, Sendable, Equatable {
        let regelingen: [Outcome]
    }

    struct Outcome: Codable, Sendable, Equatable {
        let code: String
        let naam: String
        let recht: String
        let bedragPerMaandCenten: Int64
    }

    init() {}

    init(organisationID: UUID, bsn: String, peildatum: String, savedAt: Date, outcomes: [Outcome]) {
        self.organisationID = organisationID
        self.bsn = bsn
        self.peildatum = peildatum
        self.savedAt = savedAt
        self.stored = Outcomes(regelingen: outcomes)
    }
}
