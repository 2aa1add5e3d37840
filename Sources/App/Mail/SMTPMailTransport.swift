import Foundation
import NIOCore
import NIOExtras
import NIOPosix
import NIOSSL

/// A small SMTP client (RFC 5321) on SwiftNIO: EHLO, STARTTLS or implicit TLS, AUTH PLAIN, one
/// message per connection. The text is UTF-8, sent base64-encoded so no server has to accept
/// 8-bit data; the subject is an RFC 2047 encoded word.
struct SMTPMailTransport: MailTransport {
    let settings: SMTPSettings
    var timeout: TimeAmount = .seconds(20)

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func send(_ mail: OutgoingMail) async throws {
        // An address with a line break would add SMTP commands or headers: refuse it outright.
        for address in [mail.to, Self.address(settings.from)] where address.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "<" || $0 == ">" }) {
            throw Failure(description: "ongeldig e-mailadres")
        }
        let tls = try NIOSSLContext(configuration: .makeClientConfiguration())
        let settings = self.settings
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if settings.security == .implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: settings.host))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineBasedFrameDecoder()))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            /// Reads one (possibly multi-line) reply and checks its code.
            func expect(_ codes: Set<Int>) async throws {
                while true {
                    guard var line = try await lines.next(), let text = line.readString(length: line.readableBytes) else {
                        throw Failure(description: "de mailserver verbrak de verbinding")
                    }
                    let code = Int(text.prefix(3)) ?? 0
                    guard codes.contains(code) else { throw Failure(description: "mailserver: \(text.prefix(200))") }
                    if text.count < 4 || text[text.index(text.startIndex, offsetBy: 3)] != "-" { return }
                }
            }
            func command(_ text: String, _ codes: Set<Int>) async throws {
                try await outbound.write(ByteBuffer(string: text + "\r\n"))
                try await expect(codes)
            }
            try await expect([220])
            try await command("EHLO plein", [250])
            if settings.security == .startTLS {
                try await command("STARTTLS", [220])
                try await channel.channel.pipeline.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: settings.host), position: .first)
                try await command("EHLO plein", [250])
            }
            if let username = settings.username, let password = settings.password {
                let token = Data("\u{0}\(username)\u{0}\(password)".utf8).base64EncodedString()
                try await command("AUTH PLAIN \(token)", [235])
            }
            try await command("MAIL FROM:<\(Self.address(settings.from))>", [250])
            try await command("RCPT TO:<\(Self.address(mail.to))>", [250, 251])
            try await command("DATA", [354])
            try await outbound.write(ByteBuffer(string: Self.message(mail, from: settings.from)))
            try await command(".", [250])
            try? await outbound.write(ByteBuffer(string: "QUIT\r\n"))
        }
    }

    /// The bare address of "Name <address>" or "address".
    static func address(_ text: String) -> String {
        guard let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close else { return text }
        return String(text[text.index(after: open)..<close])
    }

    /// Headers and body, CRLF line ends, the body in base64 lines of 76 characters.
    static func message(_ mail: OutgoingMail, from: String, date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let subject = "=?UTF-8?B?\(Data(mail.subject.utf8).base64EncodedString())?="
        let body = Data(mail.body.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        let domain = address(from).split(separator: "@").last.map(String.init) ?? "plein"
        return [
            "From: \(from)", "To: \(mail.to)", "Subject: \(subject)", "Date: \(formatter.string(from: date))",
            "Message-ID: <\(UUID().uuidString.lowercased())@\(domain)>", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", body,
        ].joined(separator: "\r\n") + "\r\n"
    }
}
