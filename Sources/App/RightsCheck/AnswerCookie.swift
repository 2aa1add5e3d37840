import Foundation
import Vapor

/// Keeps the answers of "Check je rechten" in the visitor's own browser, encrypted and
/// authenticated (AES-GCM) with a key derived from the server secret: nothing is stored on
/// the server, nobody else can read the cookie, and it is gone when the browser closes.
struct AnswerCookie: Sendable {
    static let name = "plein_rekenhulp"
    private let box: SecretBox

    init(secret: String) { box = SecretBox(secret: secret, purpose: "plein rekenhulp antwoorden") }

    func read(_ request: Request) -> CheckAnswers {
        guard let text = request.cookies[Self.name]?.string, let sealed = Data(base64URL: text),
              let plain = box.open(sealed),
              let answers = try? JSONDecoder().decode(CheckAnswers.self, from: plain)
        else { return CheckAnswers() }
        return answers
    }

    func write(_ answers: CheckAnswers, to response: Response, secure: Bool) throws {
        let plain = try JSONEncoder().encode(answers)
        let sealed = try box.seal(plain)
        response.cookies[Self.name] = HTTPCookies.Value(
            string: [UInt8](sealed).base64URLEncoded, maxAge: nil, path: "/check-je-rechten",
            isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    static func clear(_ response: Response) {
        response.cookies[Self.name] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0,
                                                        path: "/check-je-rechten", isHTTPOnly: true)
    }
}

extension Data {
    init?(base64URL text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}
