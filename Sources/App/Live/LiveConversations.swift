import Foundation
import Vapor

/// The open WebSocket connections per case, in this process. Each connection was authorised
/// for its case when it opened (CaseController.live) and closes when the session would have
/// timed out. With several Plein processes behind a load balancer a message reaches only the
/// connections of the process that stored it; the others see it on their next page load
/// (PostgreSQL LISTEN/NOTIFY would close that gap).
actor LiveConversations: MessageBroadcaster {
    private struct Connection {
        let socket: WebSocket
        let isResident: Bool
        let language: Language
    }

    private var connections: [UUID: [ObjectIdentifier: Connection]] = [:]

    func join(caseID: UUID, socket: WebSocket, isResident: Bool, language: Language) {
        connections[caseID, default: [:]][ObjectIdentifier(socket)] = Connection(socket: socket, isResident: isResident, language: language)
    }

    func leave(caseID: UUID, socket: WebSocket) {
        connections[caseID]?[ObjectIdentifier(socket)] = nil
        if connections[caseID]?.isEmpty == true { connections[caseID] = nil }
    }

    func publish(_ message: LiveMessage) async {
        for connection in connections[message.caseID]?.values ?? [:].values {
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
