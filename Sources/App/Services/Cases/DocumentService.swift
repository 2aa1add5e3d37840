import Fluent
import Foundation
import SQLKit

/// Documents in a case: the resident's application documents, proof for assignments and
/// attachments to messages. Bytes go to the document store only after the upload passed every
/// check; downloads go through the case's access check and are audited.
struct DocumentService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder
    let store: any DocumentStore
    let maxUploadBytes: Int

    private var access: CaseAccess { CaseAccess(database: database, actor: actor, audit: audit) }

    struct Stored: Sendable {
        let upload: DocumentUpload
        let sha256: String
    }

    func check(fileName: String, data: Data, field: String) -> Result<DocumentUpload, FieldError> {
        DocumentUpload.check(fileName: fileName, data: data, maxBytes: maxUploadBytes, field: field)
    }

    func store(_ upload: DocumentUpload) async throws -> Stored {
        Stored(upload: upload, sha256: try await store.write(upload.data))
    }

    /// The row for stored bytes, and its line in the timeline, in the caller's transaction.
    func record(_ stored: Stored, kind: String, in file: CaseFile, on database: any Database) async throws -> CaseDocument {
        let document = CaseDocument(caseID: file.id!, organisationID: file.organisationID, kind: kind,
                                    fileName: stored.upload.fileName, mediaType: stored.upload.format.mediaType,
                                    size: stored.upload.data.count, sha256: stored.sha256,
                                    uploadedByID: actor.id ?? UUID(), fromResident: actor.isResident)
        try await document.create(on: database)
        try await access.event(.documentToegevoegd, on: file, detail: stored.upload.fileName, in: database)
        return document
    }

    /// Adds one of the requested documents (or another document) to a case.
    func add(_ upload: DocumentUpload, kind: String, toCase caseID: UUID) async throws {
        let file = try await access.open(caseID, for: "document-toevoegen")
        guard file.status != .besloten else { throw PleinError.notFound }
        guard kind == "overig" || RequestedDocument.named(kind) != nil else {
            throw PleinError.invalid([FieldError(field: "soort", message: .init(nl: "Kies wat voor document dit is.", en: "Choose what kind of document this is."))])
        }
        let stored = try await store(upload)
        let audit = self.audit, actor = self.actor, processing = access.processing
        try await database.transaction { transaction in
            let document = try await record(stored, kind: kind, in: file, on: transaction)
            try await audit.record("document-toevoegen", by: actor, object: ("document", document.id!.uuidString),
                                   processing: processing, subjects: [file.bsn], on: transaction)
        }
    }

    func documents(of file: some CaseScope) async throws -> [CaseDocumentRow] {
        try await documentsQuery(of: file).all(on: database)
    }

    func documentsQuery(of file: some CaseScope) -> RowsQuery<CaseDocumentRow> {
        RowsQuery(table: CaseDocument.schema, condition: "zaak_id = \(bind: file.caseID) AND organisatie_id = \(bind: file.organisationID)", order: "geupload_op")
    }

    /// A document's bytes for someone who may open its case; refused and audited otherwise.
    func download(_ documentID: UUID) async throws -> (CaseDocument, Data) {
        guard let document = try await CaseDocument.find(documentID, on: database) else { throw PleinError.notFound }
        _ = try await access.open(document.caseID, for: "document-downloaden")
        guard let data = try await store.read(document.sha256) else { throw PleinError.notFound }
        return (document, data)
    }
}
