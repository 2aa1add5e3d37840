import Fluent
import Foundation

/// A message in a case's one conversation between the resident and the professionals.
final class CaseMessage: Model, @unchecked Sendable {
    static let schema = "berichten"

    @ID(key: .id) var id: UUID?
    @Field(key: "zaak_id") var caseID: UUID
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "afzender_id") var senderID: UUID
    @Field(key: "van_inwoner") var fromResident: Bool
    @Field(key: "afzender_naam") var senderName: String
    @Field(key: "tekst") var text: String
    @OptionalField(key: "document_id") var documentID: UUID?
    @Field(key: "verzonden_op") var sentAt: Date
    /// When the other side first saw it.
    @OptionalField(key: "gelezen_op") var readAt: Date?

    init() {}

    init(caseID: UUID, organisationID: UUID, senderID: UUID, fromResident: Bool, senderName: String,
         text: String, documentID: UUID?, sentAt: Date = Date()) {
        self.caseID = caseID
        self.organisationID = organisationID
        self.senderID = senderID
        self.fromResident = fromResident
        self.senderName = senderName
        self.text = text
        self.documentID = documentID
        self.sentAt = sentAt
    }
}
