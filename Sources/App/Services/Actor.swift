import Foundation

/// Who is asking, on behalf of which organisation, within which trace. Every service call
/// takes one, so scoping and audit cannot be forgotten by a controller.
struct Actor: Sendable {
    enum Kind: Sendable, Equatable {
        case user(User.Role)
        case apiClient
        case system
    }

    let kind: Kind
    let id: UUID?
    let organisationID: UUID
    /// Only for residents: the BSN their account is linked to.
    let bsn: String?
    /// How the actor is named in timelines and conversations.
    let name: String
    let traceID: String

    var auditKind: String {
        switch kind {
        case .user: "gebruiker"
        case .apiClient: "api_client"
        case .system: "systeem"
        }
    }

    /// Professionals, regisseurs and partner systems work with the residents of their own
    /// organisation. Functional administrators configure, and do not read case data.
    var mayWorkWithResidents: Bool {
        switch kind {
        case .user(.professional), .user(.regisseur), .apiClient: true
        default: false
        }
    }

    /// Plein itself, acting on a rule (a search period that ends, assignments given on submission).
    static func system(_ organisationID: UUID, traceID: String = TraceContext.newTraceID()) -> Actor {
        Actor(kind: .system, id: nil, organisationID: organisationID, bsn: nil, name: "Plein", traceID: traceID)
    }

    var isResident: Bool { kind == .user(.inwoner) }

    /// The resident's own BSN, or the refusal for anyone else.
    func residentBSN(_ refusal: LocalizedText = .init(nl: "Deze pagina is voor inwoners.", en: "This page is for residents.")) throws -> String {
        guard isResident, let bsn else { throw PleinError.forbidden(refusal) }
        return bsn
    }
    var isAdministrator: Bool { kind == .user(.functioneelBeheerder) }
}
