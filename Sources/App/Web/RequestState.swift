import Vapor

/// What Plein learned about a request on its way in: the trace, the language, the logged-in
/// user and the CSRF token for forms. Set by the middleware, read by controllers and pages.
final class RequestState: @unchecked Sendable {
    var traceID: String
    var language: Language = .nl
    var user: User?
    /// Set instead of `user` when a partner system calls the API.
    var apiClient: APIClient?
    var sessionToken: String?
    var csrfToken: String = ""
    /// Set when the CSRF cookie must be (re)issued on the response.
    var issueCSRFCookie = false

    init(traceID: String) { self.traceID = traceID }
}

extension Request {
    private struct StateKey: StorageKey { typealias Value = RequestState }

    var state: RequestState {
        if let existing = storage[StateKey.self] { return existing }
        let created = RequestState(traceID: TraceContext.newTraceID())
        storage[StateKey.self] = created
        return created
    }

    /// The logged-in user or the calling API client as an actor for the service layer; a
    /// guest is refused.
    func requireActor() throws -> Actor {
        if let client = state.apiClient {
            return Actor(kind: .apiClient, id: client.id, organisationID: client.organisationID, bsn: nil, name: client.name,
                         traceID: state.traceID)
        }
        guard let user = state.user else { throw PleinError.notLoggedIn }
        return Actor(kind: .user(user.role), id: user.id, organisationID: user.organisationID,
                     bsn: user.bsn, name: user.displayName, traceID: state.traceID)
    }

    var residents: ResidentService {
        get throws { ResidentService(database: database, actor: try requireActor(), audit: application.plein.audit) }
    }

    var accessHistory: AccessHistoryService {
        get throws {
            AccessHistoryService(database: database, actor: try requireActor(), pseudonymizer: application.plein.audit.pseudonymizer)
        }
    }

    var isAPI: Bool { url.path == "/api" || url.path.hasPrefix("/api/") }
}
