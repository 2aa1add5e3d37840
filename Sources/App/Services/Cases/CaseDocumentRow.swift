import Foundation

/// A document in a case as the pages and the API list it (see `PlainRow`).
struct CaseDocumentRow: PlainRow {
    let id: UUID
    let kind: String
    let fileName: String
    let mediaType: String
    let size: Int
    let sha256: String
    let fromResident: Bool
    let uploadedAt: Date

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind = "soort", fileName = "bestandsnaam", mediaType = "mediatype", size = "grootte", sha256
        case fromResident = "van_inwoner", uploadedAt = "geupload_op"
    }
}
