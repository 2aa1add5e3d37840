import Fluent
import Vapor

/// Logging in and out. A successful login always starts a new server-side session with a
/// fresh token (no session fixation) and renews the CSRF token.
enum LoginController {
    static func form(_ req: Request) async throws -> Response {
        if req.state.user != nil { return req.redirect(to: "/start") }
        let context = try await req.pageContext()
        return req.html(LoginPage(context: context, demoAccounts: try await demoAccounts(req, context)).render())
    }

    static func login(_ req: Request) async throws -> Response {
        let username = req.formField("inlognaam")
        do {
            let user = try await loginService(req).authenticate(
                username: username, password: req.formField("wachtwoord"), clientAddress: clientAddress(req))
            return try await startSession(for: user, req)
        } catch PleinError.invalid(let errors) {
            let context = try await req.pageContext()
            let page = LoginPage(context: context, username: username, errors: errors,
                                 demoAccounts: try await demoAccounts(req, context))
            return req.html(page.render(), status: .unprocessableEntity)
        }
    }

    /// One-click login for the demo accounts; exists only in demo mode.
    static func demoLogin(_ req: Request) async throws -> Response {
        guard req.application.plein.settings.demoMode else { throw PleinError.notFound }
        guard let user = try await User.query(on: req.database).filter(\.$username == req.formField("inlognaam").lowercased()).first()
        else { throw PleinError.notFound }
        return try await startSession(for: user, req)
    }

    static func logout(_ req: Request) async throws -> Response {
        if let token = req.state.sessionToken {
            try await SessionStore(database: req.database, settings: req.application.plein.settings).end(token: token)
            if let actor = try? req.requireActor() {
                try await req.application.plein.audit.record("uitloggen", by: actor, on: req.database)
            }
        }
        let response = req.redirect(to: "/")
        response.cookies[SessionMiddleware.sessionCookie] = .expired
        renewCSRF(req)
        return response
    }

    /// Where each role starts after logging in.
    static func start(_ req: Request) async throws -> Response {
        guard let user = req.state.user else { return req.redirect(to: "/inloggen") }
        switch user.role {
        case .inwoner: return req.redirect(to: "/mijn-plein")
        case .professional, .regisseur: return req.redirect(to: "/inwoners")
        case .functioneelBeheerder: return req.redirect(to: "/beheer")
        }
    }

    private static func startSession(for user: User, _ req: Request) async throws -> Response {
        let settings = req.application.plein.settings
        let store = SessionStore(database: req.database, settings: settings)
        if let previous = req.state.sessionToken { try await store.end(token: previous) }
        let token = try await store.start(for: user)
        req.state.user = user
        try await req.application.plein.audit.record("inloggen", by: try req.requireActor(),
                                                     object: ("gebruiker", user.id!.uuidString), on: req.database)
        let response = req.redirect(to: "/start", redirectType: .normal)
        response.cookies[SessionMiddleware.sessionCookie] =
            SessionMiddleware(settings: settings).cookie(token, sameSite: .lax, maxAge: nil)
        renewCSRF(req)
        return response
    }

    private static func renewCSRF(_ req: Request) {
        req.state.csrfToken = TokenDigest.newToken()
        req.state.issueCSRFCookie = true
    }

    private static func loginService(_ req: Request) -> LoginService {
        LoginService(database: req.database, settings: req.application.plein.settings, threadPool: req.application.threadPool,
                     audit: req.application.plein.audit, traceID: req.state.traceID)
    }

    private static func clientAddress(_ req: Request) -> String {
        req.application.plein.settings.trustedProxies.client(peer: req.remoteAddress?.ipAddress,
                                                             forwardedFor: req.headers[.xForwardedFor]) ?? "onbekend"
    }

    private static func demoAccounts(_ req: Request, _ context: PageContext) async throws -> [LoginPage.DemoAccount] {
        guard context.demoMode else { return [] }
        let users = try await User.query(on: req.database).all()
        let organisations = try await Organisation.query(on: req.database).all()
            .reduce(into: [UUID: String]()) { $0[$1.id!] = $1.name }
        return users.sorted { ($0.role.rawValue, $0.displayName) < ($1.role.rawValue, $1.displayName) }.map { user in
            LoginPage.DemoAccount(username: user.username, displayName: user.displayName,
                                  description: "\(RoleName.describe(user.role, context)), \(organisations[user.organisationID] ?? "")")
        }
    }
}
