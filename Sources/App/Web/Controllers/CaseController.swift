import Foundation
import PleinDomain
import Vapor

/// One case page for resident and professional, and the actions on it. Each action is one
/// service call; a form with errors shows the case page again with the errors and what was typed.
enum CaseController {
    private static func caseID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        return id
    }

    static func show(_ req: Request) async throws -> Response {
        let notice: String? = (try? req.query.get(String.self, at: "ingediend")) != nil
            ? req.state.language.pick(nl: "Uw aanvraag is verstuurd. Bewaar uw aanvraagnummer.", en: "Your application has been sent. Keep your application number.")
            : (try? req.query.get(String.self, at: "gedaan")) != nil
                ? req.state.language.pick(nl: "Gelukt.", en: "Done.") : nil
        return try await page(req, caseID(req), notice: notice)
    }

    private static func page(_ req: Request, _ id: UUID, notice: String? = nil, errors: [FieldError] = [],
                             typed: [String: String] = [:]) async throws -> Response {
        let cases = try req.cases
        let file = try await cases.view(id)
        let isStaff = cases.actor.mayWorkWithResidents
        let (events, assignments, documents, messages, templates) = try await RowsBatch.all(
            cases.timeline(of: file), req.assignments.assignmentsQuery(of: file), req.caseDocuments.documentsQuery(of: file),
            req.messages.conversationQuery(of: file), isStaff ? try await req.assignments.templatesQuery() : .none(from: AssignmentTemplate.schema), on: req.database)
        try await req.messages.markRead(messages, of: file)
        let model = CasePage.Model(
            file: file, events: events, assignments: assignments, documents: documents, messages: messages, templates: templates,
            decision: try await req.decisions.decision(of: file),
            maxUploadBytes: req.application.plein.settings.maxUploadBytes)
        let page = CasePage(context: try await req.pageContext(), model: model, notice: notice, errors: errors, typed: typed)
        return req.html(page.render(), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// Runs an action; on invalid input the case page comes back with the errors.
    private static func act(_ req: Request, anchor: String, _ action: (UUID) async throws -> Void) async throws -> Response {
        let id = try caseID(req)
        do {
            try await action(id)
        } catch PleinError.invalid(let errors) {
            // A multipart form (with a file) does not decode as a dictionary; its text fields are read one by one.
            var typed = ((try? req.content.decode([String: String].self)) ?? [:]).filter { $0.key != CSRFMiddleware.fieldName }
            for name in ["bericht", "antwoord"] where typed[name] == nil { typed[name] = try? req.content.get(String.self, at: name) }
            return try await page(req, id, errors: errors, typed: typed)
        }
        return req.redirect(to: "/zaken/\(id.uuidString)?gedaan=1#\(anchor)")
    }

    /// A checked upload from the form, or the error as an invalid-input failure.
    private static func upload(_ req: Request, _ field: String) throws -> DocumentUpload? {
        switch try req.upload(field) {
        case nil: return nil
        case .success(let upload)?: return upload
        case .failure(let error)?: throw PleinError.invalid([error])
        }
    }

    static func takeOn(_ req: Request) async throws -> Response {
        try await act(req, anchor: "inhoud") { try await req.cases.takeOn($0) }
    }

    static func endSearchPeriod(_ req: Request) async throws -> Response {
        try await act(req, anchor: "inhoud") { try await req.cases.endSearchPeriod($0, reason: req.formField("reden"), today: .today) }
    }

    static func giveAssignment(_ req: Request) async throws -> Response {
        try await act(req, anchor: "opdrachten") { id in
            guard let template = UUID(uuidString: req.formField("sjabloon")) else {
                throw PleinError.invalid([FieldError(field: "sjabloon", message: .init(nl: "Kies een opdracht uit de lijst.", en: "Choose an assignment from the list."))])
            }
            try await req.assignments.give(templateID: template, caseID: id, today: .today)
        }
    }

    static func handIn(_ req: Request) async throws -> Response {
        try await act(req, anchor: "opdrachten") { id in
            guard let assignment = req.parameters.get("opdracht").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
            try await req.assignments.handIn(assignmentID: assignment, caseID: id, text: req.formField("antwoord"),
                                             upload: try upload(req, "bestand"))
        }
    }

    static func review(_ req: Request) async throws -> Response {
        try await act(req, anchor: "opdrachten") { id in
            guard let assignment = req.parameters.get("opdracht").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
            try await req.assignments.review(assignmentID: assignment, caseID: id, accept: req.formField("besluit") == "akkoord",
                                             feedback: req.formField("reactie-\(assignment.uuidString)"))
        }
    }

    static func sendMessage(_ req: Request) async throws -> Response {
        try await act(req, anchor: "berichten") { id in
            try await req.messages.send(toCase: id, text: req.formField("bericht"), upload: try upload(req, "bijlage"))
        }
    }

    static func addDocument(_ req: Request) async throws -> Response {
        try await act(req, anchor: "documenten") { id in
            guard let document = try upload(req, "document") else {
                throw PleinError.invalid([FieldError(field: "document", message: .init(nl: "Kies een bestand.", en: "Choose a file."))])
            }
            try await req.caseDocuments.add(document, kind: req.formField("soort"), toCase: id)
        }
    }

    /// The live channel of a case's conversation. Authorised like the case page (and audited
    /// once per connection); it carries new messages out and "read" receipts in, and closes when
    /// the session would have timed out.
    static func live(_ req: Request) async throws -> Response {
        let id = try caseID(req)
        _ = try await req.cases.access.open(id, for: "berichten-live")
        let messages = try req.messages
        let live = req.application.plein.live
        let isResident = req.state.user?.role == .inwoner
        let language = req.state.language
        let lifetime = req.application.plein.settings.sessionIdleTimeout
        // The case was opened for a logged-in user, so the session cookie is there.
        let sessionToken = req.cookies[SessionMiddleware.sessionCookie]?.string ?? ""
        return req.webSocket(onUpgrade: { _, socket in
            await live.join(caseID: id, socket: socket, isResident: isResident, language: language, sessionToken: sessionToken)
            socket.eventLoop.scheduleTask(in: .seconds(Int64(lifetime))) { socket.close(promise: nil) }
            socket.onText { _, text in
                guard let read = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))["gelezen"],
                      let messageID = UUID(uuidString: read) else { return }
                try? await messages.markRead(messageID, inCase: id)
            }
            socket.onClose.whenComplete { _ in Task { await live.leave(caseID: id, socket: socket) } }
        })
    }

    /// A document as a download (never shown inline, so a crafted file cannot run in Plein's origin).
    static func download(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        let (document, data) = try await req.caseDocuments.download(id)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: document.mediaType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(document.fileName)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
