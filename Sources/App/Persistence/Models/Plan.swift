import Fluent
import Foundation

/// The one plan of a household: goals and actions, coordinated by one regisseur. Held by the
/// regisseur's organisation; at most one plan per resident across all organisations, so a
/// household never has two plans made in two silos.
final class Plan: Model, @unchecked Sendable {
    static let schema = "plannen"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    /// The resident the plan is made with; the other members of their household see it too.
    @Field(key: "bsn") var bsn: String
    @OptionalField(key: "huishouden_id") var householdID: UUID?
    @Field(key: "titel") var title: String
    @Field(key: "regisseur_id") var regisseurID: UUID
    @Field(key: "regisseur_naam") var regisseurName: String
    /// How the regisseur is reached (their login e-mail address).
    @Field(key: "regisseur_contact") var regisseurContact: String
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?
    @Timestamp(key: "gewijzigd_op", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, bsn: String, householdID: UUID?, title: String, regisseur: User) {
        self.organisationID = organisationID
        self.bsn = bsn
        self.householdID = householdID
        self.title = title
        self.regisseurID = regisseur.id!
        self.regisseurName = regisseur.displayName
        self.regisseurContact = regisseur.username
    }
}
