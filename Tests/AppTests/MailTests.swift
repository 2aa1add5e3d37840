@testable import App
import Fluent
import Foundation
import NIOCore
import NIOExtras
import NIOPosix
import Synchronization
import Testing

/// An SMTP server that accepts everything, answers like a real one and keeps what it got.
final class FakeSMTPServer: Sendable {
    struct Received: Sendable { let auth: String?, from: String, to: String, data: String }
    private let received = Mutex<[Received]>([])
    private let channel: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>
    let port: Int

    var messages: [Received] { received.withLock { $0 } }

    init() async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineBasedFrameDecoder()))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: child)
                }
            }
        port = channel.channel.localAddress!.port!
        Task { [self] in
            try await channel.executeThenClose { connections in
                for try await connection in connections {
                    Task { try await self.serve(connection) }
                }
            }
        }
    }

    private func serve(_ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async throws {
        try await connection.executeThenClose { inbound, outbound in
            func say(_ text: String) async throws { try await outbound.write(ByteBuffer(string: text + "\r\n")) }
            try await say("220 fake ESMTP")
            var auth: String?, from = "", to = "", data: [String] = [], inData = false
            for try await var buffer in inbound {
                let line = buffer.readString(length: buffer.readableBytes) ?? ""
                if inData {
                    if line == "." {
                        inData = false
                        let message = Received(auth: auth, from: from, to: to, data: data.joined(separator: "\n"))
                        received.withLock { $0.append(message) }
                        try await say("250 queued")
                    } else { data.append(line) }
                    continue
                }
                switch line.prefix(4).uppercased() {
                case "EHLO": try await say("250-fake\r\n250 AUTH PLAIN")
                case "AUTH": auth = String(line.dropFirst("AUTH PLAIN ".count)); try await say("235 ok")
                case "MAIL": from = line; try await say("250 ok")
                case "RCPT": to = line; try await say("250 ok")
                case "DATA": inData = true; try await say("354 go ahead")
                case "QUIT": try await say("221 bye"); return
                default: try await say("502 unknown")
                }
            }
        }
    }
}

@Suite("E-mail notifications over SMTP")
struct MailTests {
    @Test("The outbox is delivered over SMTP with login, an encoded subject and a base64 body; a refusal is kept and retried")
    func delivers() async throws {
        try await withPlein { app in
            let server = try await FakeSMTPServer()
            let smtp = try #require(SMTPSettings.parse("smtp+plain://plein%40gemeente:geheim@127.0.0.1:\(server.port)", from: "Plein <noreply@voorbeeld.nl>"))
            let organisation = try await Organisation.query(on: app.db).first()!.requireID()
            try await Notifier(database: app.db).notify("lisa@voorbeeld.nl", organisationID: organisation,
                                                        subject: "Uw aanvraag is ontvangen (BB-2026-AAAA-BBBB)", about: "Wij hebben uw aanvraag ontvangen.")
            let delivery = OutboxDelivery(database: app.db, transport: SMTPMailTransport(settings: smtp), from: smtp.from)
            let result = try await delivery.deliverPending()
            #expect(result.sent == 1)
            let message = try #require(server.messages.first)
            #expect(message.auth == Data("\u{0}plein@gemeente\u{0}geheim".utf8).base64EncodedString())
            #expect(message.from == "MAIL FROM:<noreply@voorbeeld.nl>")
            #expect(message.to == "RCPT TO:<lisa@voorbeeld.nl>")
            #expect(message.data.contains("Subject: =?UTF-8?B?\(Data("Uw aanvraag is ontvangen (BB-2026-AAAA-BBBB)".utf8).base64EncodedString())?="))
            let body = message.data.components(separatedBy: "\n\n").dropFirst().joined().replacingOccurrences(of: "\n", with: "")
            #expect(String(decoding: Data(base64Encoded: body) ?? Data(), as: UTF8.self).contains("Wij hebben uw aanvraag ontvangen."))
            #expect(try await OutboxMail.query(on: app.db).first()?.sentAt != nil)
            #expect(try await delivery.deliverPending().sent == 0)

            // Nobody listening: the mail stays in the outbox with the reason, for the next round.
            try await Notifier(database: app.db).notify("anna@voorbeeld.nl", organisationID: organisation, subject: "Test", about: "Test.")
            let closed = try #require(SMTPSettings.parse("smtp+plain://127.0.0.1:9", from: "noreply@voorbeeld.nl"))
            let failed = try await OutboxDelivery(database: app.db, transport: SMTPMailTransport(settings: closed), from: closed.from).deliverPending()
            #expect(failed.failed == 1)
            let waiting = try #require(try await OutboxMail.query(on: app.db).filter(\.$recipient == "anna@voorbeeld.nl").first())
            #expect(waiting.sentAt == nil && waiting.attempts == 1 && waiting.lastError != nil)
        }
    }

    @Test("PLEIN_SMTP_URL: STARTTLS by default, TLS with smtps, no TLS only to this machine")
    func settings() throws {
        #expect(SMTPSettings.parse("smtp://u:p@mail.example.nl", from: "x")?.security == .startTLS)
        #expect(SMTPSettings.parse("smtp://u:p@mail.example.nl", from: "x")?.port == 587)
        #expect(SMTPSettings.parse("smtps://mail.example.nl", from: "x")?.port == 465)
        #expect(SMTPSettings.parse("smtp+plain://mail.example.nl:25", from: "x") == nil)
        #expect(SMTPSettings.parse("http://mail.example.nl", from: "x") == nil)
        #expect(throws: Settings.Invalid.self) { try Settings.fromEnvironment(["PLEIN_SMTP_URL": "ftp://x", "PLEIN_PSEUDONYM_KEY": "k"]) }
    }
}
