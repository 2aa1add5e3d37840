import FluentPostgresDriver
import Foundation
import SQLKit
import Synchronization
import Vapor

/// Live messages across the Plein processes that share a PostgreSQL database (a cooperation
/// runs several behind a load balancer, and a resident's WebSocket may be open on another one
/// than the professional's). Publishing sends the message's case and id — no content — with
/// `NOTIFY`; every process listens on a connection of its own, reads the message from the
/// database and hands it to its own live conversations, so the sender's process too. Live
/// delivery is a convenience: a notification lost while a listener reconnects leaves the
/// message for the next page load, as without JavaScript.
final class PostgresMessageRelay: MessageBroadcaster, LifecycleHandler {
    private let configuration: PostgresConnection.Configuration
    /// One channel per schema: tests share a database, each in a schema of its own.
    let channel: String
    private let local: any MessageBroadcaster
    private let listener = Mutex<Task<Void, Never>?>(nil)

    init(url: String, schema: String?, local: any MessageBroadcaster) throws {
        configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        // LISTEN takes the channel as a quoted identifier: letters, digits and underscores only.
        channel = "plein_berichten_" + String((schema ?? "public").unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) || $0 == "_" }.map(Character.init)).prefix(40)
        self.local = local
    }

    func publish(_ message: LiveMessage, via database: any Database) async {
        // Best effort, as the live channel itself: the message is stored either way.
        try? await (database as! any SQLDatabase)
            .raw("SELECT pg_notify(\(bind: channel), \(bind: message.caseID.uuidString + " " + message.id.uuidString))").run()
    }

    func didBoot(_ application: Application) throws {
        listener.withLock { $0 = Task { await listen(application) } }
    }

    func shutdownAsync(_ application: Application) async {
        guard let task = listener.withLock({ $0 }) else { return }
        task.cancel()
        await task.value
    }

    /// Listens until shutdown. A lost connection is made again after a second, then after
    /// twice as long each time it fails, up to half a minute (a database that is down is not
    /// asked, nor logged about, every second).
    private func listen(_ app: Application) async {
        var delay = Duration.seconds(1)
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(on: app.eventLoopGroup.any(), configuration: configuration,
                                                                      id: 0, logger: app.logger)
                delay = .seconds(1)
                // Cancelling closes the connection, which ends the notifications; either way it
                // is closed before it goes (PostgresNIO requires that).
                var failure: (any Error)?
                do {
                    try await withTaskCancellationHandler {
                        try await connection.listen(on: channel) { notifications in
                            for try await notification in notifications { await deliver(notification.payload, app.db) }
                        }
                    } onCancel: {
                        connection.close().whenComplete { _ in }
                    }
                } catch {
                    failure = error
                }
                try? await connection.close()
                if let failure { throw failure }
            } catch {
                guard !Task.isCancelled else { return }
                app.logger.warning("Live berichten: verbinding voor NOTIFY verbroken (\(String(reflecting: error))); over \(delay) opnieuw")
            }
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, .seconds(30))
        }
    }

    private func deliver(_ payload: String, _ database: any Database) async {
        let ids = payload.split(separator: " ").compactMap { UUID(uuidString: String($0)) }
        guard ids.count == 2,
              let row = try? await CaseMessageRow.all(from: CaseMessage.schema, where: "id = \(bind: ids[1]) AND zaak_id = \(bind: ids[0])",
                                                      on: database).first
        else { return }
        await local.publish(LiveMessage(row, caseID: ids[0]), via: database)
    }
}
