import Vapor

/// What the layout and every page need to know about the visitor.
struct PageContext: Sendable {
    let language: Language
    let user: User?
    let organisationName: String?
    let csrfToken: String
    let path: String
    let demoMode: Bool

    func t(_ nl: String, _ en: String) -> String { language.pick(nl: nl, en: en) }

    static func from(_ request: Request) async throws -> PageContext {
        let state = request.state
        let organisationName: String? = if let user = state.user {
            try await request.application.plein.organisationNames.name(of: user.organisationID, on: request.database)
        } else { nil }
        return PageContext(language: state.language, user: state.user, organisationName: organisationName,
                           csrfToken: state.csrfToken, path: request.url.path,
                           demoMode: request.application.plein.settings.demoMode)
    }
}
