import FluentKit
import Foundation
import Vapor

/// The open WebSocket connections per case, in this process. Each connection was authorised
/// for its case when it opened (CaseController.live) and closes when the session would have
/// timed out; a message goes out only while the connection's session is still on, so a page
/// left open after logging out elsewhere (a library computer, a second tab) shows nothing new.
/// On PostgreSQL, where several Plein processes may share the database, messages reach this
/// through `PostgresMessageRelay`, whichever process stored them.
actor LiveConversations: MessageBroadcaster {
    private struct Connection {
        let socket: WebSocket
        let isResident: Bool
        let language: Language
        let sessionTokenHash: String
    }

    private let settings: Settings
    private var connections: [UUID: [ObjectIdentifier: Connection]] = [:]

    init(settings: Settings) {
        self.settings = settings
    }

    func join(caseID: UUID, socket: WebSocket, isResident: Bool, language: Language, sessionToken: String) {
        connections[caseID, default: [:]][ObjectIdentifier(socket)] = Connection(
            socket: socket, isResident: isResident, language: language, sessionTokenHash: TokenDigest.digest(sessionToken))
    }

    func leave(caseID: UUID, socket: WebSocket) {
        connections[caseID]?[ObjectIdentifier(socket)] = nil
        if connections[caseID]?.isEmpty == true { connections[caseID] = nil }
    }

    func publish(_ message: LiveMessage, via database: any Database) async {
        let sessions = SessionStore(database: database, settings: settings)
        for connection in connections[message.caseID]?.values ?? [:].values {
            guard (try? await sessions.isActive(tokenHash: connection.sessionTokenHash)) == true else {
                leave(caseID: message.caseID, socket: connection.socket)
                try? await connection.socket.close()
                continue
            }
            let payload: [String: String] = [
                "id": message.id.uuidString, "afzender": message.senderName, "tekst": message.text,
                "tijd": UI.dateTime(message.sentAt, language: connection.language),
                "eigen": message.fromResident == connection.isResident ? "ja" : "nee",
            ]
            guard let data = try? JSONEncoder().encode(payload), let text = String(data: data, encoding: .utf8) else { continue }
            try? await connection.socket.send(text)
        }
    }
}
