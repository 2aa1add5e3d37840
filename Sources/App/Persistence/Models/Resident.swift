import Fluent
import Foundation

/// A resident as one organisation knows them. The same person (BSN) can be known by several
/// organisations; each holds its own record, and nothing crosses between them except through
/// explicit sharing.
final class Resident: Model, @unchecked Sendable {
    static let schema = "inwoners"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "bsn") var bsn: String
    @Field(key: "voornamen") var givenNames: String
    @Field(key: "achternaam") var familyName: String
    /// The family name in lower case, for indexed case-insensitive prefix search on both
    /// SQLite and PostgreSQL.
    @Field(key: "zoeknaam") var searchName: String
    /// ISO 8601 date, `YYYY-MM-DD`: portable across SQLite and PostgreSQL without time zones.
    @Field(key: "geboortedatum") var birthDate: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "huisnummer") var houseNumber: String
    @Field(key: "woonplaats") var town: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "iban") var iban: String?
    @OptionalField(key: "huishouden_id") var householdID: UUID?
    @OptionalField(key: "rol_in_huishouden") var householdRole: String?
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?
    @Timestamp(key: "gewijzigd_op", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, bsn: String, givenNames: String, familyName: String,
         birthDate: String, postcode: String, houseNumber: String, town: String,
         email: String? = nil, iban: String? = nil, householdID: UUID? = nil, householdRole: String? = nil) {
        self.id = id
        self.organisationID = organisationID
        self.bsn = bsn
        self.givenNames = givenNames
        self.familyName = familyName
        self.searchName = familyName.lowercased()
        self.birthDate = birthDate
        self.postcode = postcode
        self.houseNumber = houseNumber
        self.town = town
        self.email = email
        self.iban = iban
        self.householdID = householdID
        self.householdRole = householdRole
    }

    var fullName: String { "\(givenNames) \(familyName)" }
}

extension Resident {
    /// Whether an organisation holds a record of this BSN. Registering anything about a resident
    /// (involvement, income) is only for residents the organisation already knows: otherwise any
    /// BSN could be tried, and what comes back would reveal who else helps that person.
    static func isKnown(bsn: String, by organisationID: UUID, on database: any Database) async throws -> Bool {
        try await Resident.query(on: database).filter(\.$organisationID == organisationID).filter(\.$bsn == bsn).count() > 0
    }

    /// What the form or API says when the organisation does not know the BSN.
    static let unknownToOrganisation = FieldError(field: "bsn", message: .init(
        nl: "Uw organisatie kent deze inwoner nog niet. Registreer de inwoner eerst bij Inwoners.",
        en: "Your organisation does not know this resident yet. Register the resident under Residents first."))
}
