import Vapor

extension Application {
    private struct PleinKey: StorageKey { typealias Value = PleinContext }

    /// Plein's process-wide parts, set once by `configure`.
    var plein: PleinContext {
        get {
            guard let context = storage[PleinKey.self] else { fatalError("configure(_:settings:) was not called") }
            return context
        }
        set { storage[PleinKey.self] = newValue }
    }
}

/// What every request needs from the process: the settings, the audit recorder, the metrics
/// the document store, the live conversations and how a new message reaches them.
struct PleinContext: Sendable {
    let settings: Settings
    let audit: AuditRecorder
    let metrics: Metrics
    let documents: any DocumentStore
    let live: LiveConversations
    /// `live` itself, or on PostgreSQL the relay that reaches the live conversations of every
    /// Plein process on the database.
    let messageBroadcaster: any MessageBroadcaster
    let organisationNames = OrganisationNames()
}
