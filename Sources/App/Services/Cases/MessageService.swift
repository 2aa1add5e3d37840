import Fluent
import Foundation
import SQLKit

/// The one conversation per case between the resident and the municipality's professionals.
/// Reading marks the other side's messages as read; sending notifies the other side by e-mail.
struct MessageService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder
    let documents: DocumentService
    let broadcaster: any MessageBroadcaster

    private var access: CaseAccess { CaseAccess(database: database, actor: actor, audit: audit) }

    static let maxLength = 4000

    /// The messages of an opened case, oldest first; the other side's unread ones become read.
    func conversation(of file: some CaseScope) async throws -> [CaseMessageRow] {
        let messages = try await conversationQuery(of: file).all(on: database)
        try await markRead(messages, of: file)
        return messages
    }

    /// The read behind `conversation(of:)`; whoever reads with it calls `markRead` after.
    func conversationQuery(of file: some CaseScope) -> RowsQuery<CaseMessageRow> {
        RowsQuery(table: CaseMessage.schema, condition: "zaak_id = \(bind: file.caseID) AND organisatie_id = \(bind: file.organisationID)", order: "verzonden_op")
    }

    /// The other side's unread messages among those read become read.
    func markRead(_ messages: [CaseMessageRow], of file: some CaseScope) async throws {
        // Write only when there is something to mark: most views of a case change nothing.
        if messages.contains(where: { $0.fromResident != actor.isResident && $0.readAt == nil }) {
            try await CaseMessage.query(on: database).filter(\.$caseID == file.caseID)
                .filter(\.$fromResident != actor.isResident).filter(\.$readAt == nil)
                .set(\.$readAt, to: Date()).update()
        }
    }

    @discardableResult
    func send(toCase caseID: UUID, text: String, upload: DocumentUpload?) async throws -> CaseMessage {
        let file = try await access.open(caseID, for: "bericht-sturen")
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            throw PleinError.invalid([FieldError(field: "bericht", message: .init(nl: "Schrijf een bericht.", en: "Write a message."))])
        }
        if trimmed.count > Self.maxLength {
            throw PleinError.invalid([FieldError(field: "bericht", message: .init(
                nl: "Uw bericht is te lang: hoogstens \(Self.maxLength) tekens.", en: "Your message is too long: at most \(Self.maxLength) characters."))])
        }
        let actor = self.actor, audit = self.audit, documents = self.documents, processing = access.processing
        let stored: DocumentService.Stored? = if let upload { try await documents.store(upload) } else { nil }
        let message = try await database.transaction { transaction in
            let document: CaseDocument? = if let stored { try await documents.record(stored, kind: "bericht", in: file, on: transaction) } else { nil }
            let message = CaseMessage(caseID: file.id!, organisationID: file.organisationID, senderID: actor.id ?? UUID(),
                                      fromResident: actor.isResident, senderName: actor.name, text: trimmed, documentID: document?.id)
            try await message.create(on: transaction)
            try await audit.record("bericht-sturen", by: actor, object: ("bericht", message.id!.uuidString),
                                   processing: processing, subjects: [file.bsn], on: transaction)
            let recipient = actor.isResident ? try await file.caseWorkerEmail(on: transaction) : file.answers.value("email")
            try await Notifier(database: transaction).notify(
                recipient, organisationID: file.organisationID,
                subject: "Nieuw bericht over aanvraag \(file.reference)", about: "Er is een nieuw bericht voor u.")
            return message
        }
        await broadcaster.publish(LiveMessage(CaseMessageRow(message), caseID: file.id!), via: database)
        return message
    }

    /// Marks one message of the other side as read, for a conversation open live.
    func markRead(_ messageID: UUID, inCase caseID: UUID) async throws {
        try await CaseMessage.query(on: database).filter(\.$id == messageID).filter(\.$caseID == caseID)
            .filter(\.$fromResident != actor.isResident).filter(\.$readAt == nil)
            .set(\.$readAt, to: Date()).update()
    }
}
