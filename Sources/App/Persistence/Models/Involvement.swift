import Fluent
import Foundation

/// That an organisation is involved with a resident (a verwijsindex entry): who, since when,
/// and whom to call — never what the help is about.
final class Involvement: Model, @unchecked Sendable {
    static let schema = "betrokkenheden"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "bsn") var bsn: String
    @Field(key: "contactpersoon") var contactName: String
    /// A phone number or e-mail address of the contact person.
    @Field(key: "contact") var contact: String
    /// ISO date from which the organisation is involved.
    @Field(key: "sinds") var since: String
    @OptionalField(key: "beeindigd_op") var endedAt: Date?
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, bsn: String, contactName: String, contact: String, since: String) {
        self.organisationID = organisationID
        self.bsn = bsn
        self.contactName = contactName
        self.contact = contact
        self.since = since
    }
}
