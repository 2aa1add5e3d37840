import Fluent
import Foundation

/// A move (verhuizing) a resident reported once, for every organisation that knows them.
final class MoveReport: Model, @unchecked Sendable {
    static let schema = "verhuizingen"

    @ID(key: .id) var id: UUID?
    /// The municipality the resident reported it to (their account's organisation).
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "bsn") var bsn: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "huisnummer") var houseNumber: String
    @Field(key: "woonplaats") var town: String
    /// ISO date of the move.
    @Field(key: "verhuisdatum") var moveDate: String
    @Field(key: "gemeld_op") var reportedAt: Date
    /// The names of the organisations told, as the resident was shown them.
    @Field(key: "doorgegeven_aan") var toldTo: Recipients

    /// Wrapped in an object: Fluent would store a bare array as `jsonb[]` on PostgreSQL.
    struct Recipients: Codable, Sendable, Equatable {
        let organisaties: [String]
    }

    init() {}

    init(organisationID: UUID, bsn: String, postcode: String, houseNumber: String, town: String, moveDate: String,
         reportedAt: Date = Date(), toldTo: [String]) {
        self.organisationID = organisationID
        self.bsn = bsn
        self.postcode = postcode
        self.houseNumber = houseNumber
        self.town = town
        self.moveDate = moveDate
        self.reportedAt = reportedAt
        self.toldTo = Recipients(organisaties: toldTo)
    }
}
