import Fluent
import Foundation

/// A file in a case. The bytes live in the document store under their SHA-256; this row says
/// whose it is, what it is and who may see it (the case's resident and organisation).
final class CaseDocument: Model, @unchecked Sendable {
    static let schema = "documenten"

    @ID(key: .id) var id: UUID?
    @Field(key: "zaak_id") var caseID: UUID
    @Field(key: "organisatie_id") var organisationID: UUID
    /// Which requested document this is (`DocumentKind`), or where it came from.
    @Field(key: "soort") var kind: String
    @Field(key: "bestandsnaam") var fileName: String
    @Field(key: "mediatype") var mediaType: String
    @Field(key: "grootte") var size: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "geupload_door_id") var uploadedByID: UUID
    @Field(key: "van_inwoner") var fromResident: Bool
    @Field(key: "geupload_op") var uploadedAt: Date

    init() {}

    init(caseID: UUID, organisationID: UUID, kind: String, fileName: String, mediaType: String, size: Int,
         sha256: String, uploadedByID: UUID, fromResident: Bool, uploadedAt: Date = Date()) {
        self.caseID = caseID
        self.organisationID = organisationID
        self.kind = kind
        self.fileName = fileName
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.uploadedByID = uploadedByID
        self.fromResident = fromResident
        self.uploadedAt = uploadedAt
    }
}
