import Foundation
import Vapor

/// Refuses a request whose query, form or JSON body carries the character U+0000, naming each
/// field that has it. PostgreSQL cannot store or even compare it in text ("invalid byte
/// sequence for encoding UTF8: 0x00"), so without this a message, a name or a search with it
/// was a 500 on PostgreSQL while SQLite stored it. No one types it: it comes from a faulty
/// partner system or a crafted request, so one refusal here is enough and no service has to
/// remember it. In a multipart form only the text fields count: an uploaded file may contain any byte.
struct NULCharacterMiddleware: AsyncMiddleware {
    static let message = LocalizedText(
        nl: "Deze tekst bevat een teken dat Plein niet kan bewaren (U+0000). Haal het weg en probeer het opnieuw.",
        en: "This text contains a character Plein cannot store (U+0000). Remove it and try again.")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var fields = Self.fields(inForm: request.url.query ?? "")
        if ![.GET, .HEAD, .OPTIONS].contains(request.method), let type = request.headers.contentType {
            // CSRFMiddleware collected a form body already; an API body is collected here.
            if request.body.data == nil, type == .json { _ = try await request.body.collect(max: CSRFMiddleware.maxFormBytes).get() }
            if let buffer = request.body.data {
                if type == .json {
                    fields += Self.fields(inJSON: Data(buffer.readableBytesView))
                } else if type == .urlEncodedForm {
                    fields += Self.fields(inForm: String(decoding: buffer.readableBytesView, as: UTF8.self))
                } else if type.type == "multipart", let boundary = type.parameters["boundary"] {
                    fields += Self.fields(inMultipart: buffer, boundary: boundary)
                }
            }
        }
        guard fields.isEmpty else {
            throw PleinError.invalid(fields.map { FieldError(field: $0, message: Self.message) })
        }
        return try await next.respond(to: request)
    }

    /// The names of `name=value` pairs (query string or form body) whose value has U+0000.
    static func fields(inForm text: String) -> [String] {
        text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String { part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part) }
            guard parts.count == 2, decoded(parts[1]).contains("\u{0}") else { return nil }
            return decoded(parts[0])
        }
    }

    /// The names of a multipart form's text fields with U+0000; file parts may hold any byte.
    static func fields(inMultipart buffer: ByteBuffer, boundary: String) -> [String] {
        let parser = MultipartParser(boundary: boundary)
        var names: [String] = [], headers = HTTPHeaders(), hasNUL = false
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { body in hasNUL = hasNUL || body.readableBytesView.contains(0) }
        parser.onPartComplete = {
            if hasNUL, let disposition = headers.contentDisposition, disposition.filename == nil, let name = disposition.name {
                names.append(name)
            }
            headers = HTTPHeaders()
            hasNUL = false
        }
        try? parser.execute(buffer)
        return names
    }

    /// The paths (as in invalidParams: `personen[0].naam`) of JSON strings with U+0000.
    static func fields(inJSON data: Data) -> [String] {
        guard let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        func walk(_ value: Any, _ path: String) -> [String] {
            switch value {
            case let text as String: text.contains("\u{0}") ? [path] : []
            case let array as [Any]: array.enumerated().flatMap { walk($1, "\(path)[\($0)]") }
            case let object as [String: Any]:
                object.sorted { $0.key < $1.key }.flatMap { walk($1, path.isEmpty ? $0 : "\(path).\($0)") }
            default: []
            }
        }
        return walk(tree, "")
    }
}
