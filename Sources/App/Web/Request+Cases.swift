import PleinRules
import Vapor

/// The case services for the request's actor. Controllers reach cases only through these.
extension Request {
    var bijstandApplication: BijstandApplicationService {
        get throws { BijstandApplicationService(database: database, actor: try requireActor(), audit: application.plein.audit) }
    }

    var cases: CaseService {
        get throws { CaseService(database: database, actor: try requireActor(), audit: application.plein.audit) }
    }

    var caseDocuments: DocumentService {
        get throws {
            DocumentService(database: database, actor: try requireActor(), audit: application.plein.audit,
                            store: application.plein.documents, maxUploadBytes: application.plein.settings.maxUploadBytes)
        }
    }

    var assignments: AssignmentService {
        get throws {
            AssignmentService(database: database, actor: try requireActor(), audit: application.plein.audit, documents: try caseDocuments)
        }
    }

    var messages: MessageService {
        get throws {
            MessageService(database: database, actor: try requireActor(), audit: application.plein.audit, documents: try caseDocuments,
                           broadcaster: application.plein.messageBroadcaster)
        }
    }

    var decisions: DecisionService {
        get throws {
            DecisionService(database: database, actor: try requireActor(), audit: application.plein.audit, engine: RightsCheckController.engine)
        }
    }

    /// The file in a multipart form field, checked (type by content, size), or nil when none was
    /// chosen; the check's error otherwise.
    func upload(_ field: String) throws -> Result<DocumentUpload, FieldError>? {
        guard let file = try? content.get(File.self, at: field), file.data.readableBytes > 0 else { return nil }
        return try caseDocuments.check(fileName: file.filename, data: Data(buffer: file.data), field: field)
    }
}
