import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import OpenAPIVapor
import Vapor

/// Builds the application from typed settings: database, middleware in a deliberate order,
/// routes, migrations. Tests call it with `Settings.testing`; `plein serve` with the environment.
public func configure(_ app: Application, settings: Settings) async throws {
    switch settings.database {
    case .sqlite(let path):
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .sqliteInMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url, let schema):
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = schema.map { [$0] }
        app.databases.use(.postgres(configuration: configuration), as: .psql)
    }
    app.migrations.add(Migrations.all)
    // The HTTP client only delivers webhooks: it must not follow a receiver's redirect elsewhere
    // (an internal address, or the signed body resent to a third party).
    app.http.client.configuration.redirectConfiguration = .disallow

    let metrics = Metrics()
    let documents: any DocumentStore = if let directory = settings.documentDirectory {
        try FileDocumentStore(directory: directory, threadPool: app.threadPool)
    } else { InMemoryDocumentStore() }
    let live = LiveConversations(settings: settings)
    let messageBroadcaster: any MessageBroadcaster
    if case .postgres(let url, let schema) = settings.database {
        let relay = try PostgresMessageRelay(url: url, schema: schema, local: live)
        app.lifecycle.use(relay)
        messageBroadcaster = relay
    } else {
        messageBroadcaster = live
    }
    app.plein = PleinContext(settings: settings, audit: AuditRecorder(pseudonymizer: Pseudonymizer(secret: settings.pseudonymKey)),
                             metrics: metrics, documents: documents, live: live, messageBroadcaster: messageBroadcaster)

    // Outermost first. Tracing sees every answer; security headers go on error pages too;
    // errors are rendered inside those, after the session is known (so an error page still
    // shows who is logged in).
    app.middleware = Middlewares()
    app.middleware.use(MiddlewareChain([
        RequestTracingMiddleware(metrics: metrics),
        SecurityHeadersMiddleware(behindTLS: settings.behindTLS),
        APIVersionMiddleware(),
        ErrorResponseMiddleware(),
        TrailingSlashMiddleware(),
        StaticFilesMiddleware(),
        SessionMiddleware(settings: settings),
        CSRFMiddleware(maxBodyBytes: settings.maxUploadBytes + Settings.formOverheadBytes),
        NULCharacterMiddleware(),
    ]))

    app.routes.defaultMaxBodySize = "1mb"
    try routes(app)
}
