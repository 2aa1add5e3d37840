import Foundation
import HTTPTypes
import OpenAPIRuntime
import PleinRules

/// Checks an operation's JSON body against the OpenAPI document before the generated code
/// decodes it, and names every missing field, every value of the wrong type and every value
/// outside its enum in `invalidParams`. The generated decoder stops at the first and says only
/// "Deze waarde kan niet gelezen worden", without the values it would have taken. Lengths and
/// formats are left to the services, which word them for the field. The rules come from the
/// same document the generator reads.
struct RequestBodyValidation: ServerMiddleware {
    /// Schemas the generator keeps as raw JSON (openapi-generator-config.yaml): the rules
    /// engine reads those itself and names every invalid field in its own words.
    static let readByTheRulesEngine: Set<String> = ["Huishouden", "WerkenLoontVraag"]

    /// The JSON body schema per operationId, and `components.schemas` to follow `$ref`; kept as
    /// JSONValue, which is Sendable as a middleware must be.
    let schemas: [String: [String: JSONValue]]
    let components: [String: JSONValue]

    init(document: [String: Any]) {
        let tree = Self.value(document)
        components = tree["components"]["schemas"].object
        var schemas: [String: [String: JSONValue]] = [:]
        for operations in tree["paths"].object.values {
            for operation in operations.object.values {
                guard case .string(let id) = operation["operationId"] else { continue }
                let schema = operation["requestBody"]["content"]["application/json"]["schema"].object
                if !schema.isEmpty { schemas[id] = schema }
            }
        }
        self.schemas = schemas
    }

    /// The YAML as read by Yams (strings, numbers, booleans, lists, dictionaries) as JSONValue.
    private static func value(_ any: Any) -> JSONValue {
        switch any {
        case let text as String: .string(text)
        case let flag as Bool: .bool(flag)
        case let number as Int: .number(Double(number))
        case let number as Double: .number(number)
        case let list as [Any]: .array(list.map(value))
        case let object as [String: Any]: .object(object.mapValues(value))
        default: .null
        }
    }

    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)) async throws -> (HTTPResponse, HTTPBody?) {
        // A body sent as something else than JSON is the generated code's 415, not ours to read.
        guard let schema = schemas[operationID], let body,
              request.headerFields[.contentType]?.lowercased().hasPrefix("application/json") == true
        else { return try await next(request, body, metadata) }
        // NULCharacterMiddleware already collected the body, so this limit is never the first.
        let data = try await Data(collecting: body, upTo: CSRFMiddleware.maxFormBytes)
        // Not JSON at all: the generated code answers that itself.
        if let value = try? JSONDecoder().decode(JSONValue.self, from: data) {
            let errors = check(value, against: schema, at: "")
            guard errors.isEmpty else { throw PleinError.invalid(errors) }
        }
        return try await next(request, HTTPBody(data), metadata)
    }

    private func check(_ value: JSONValue, against declared: [String: JSONValue], at path: String) -> [FieldError] {
        func invalid(_ nl: String, _ en: String) -> [FieldError] { [FieldError(field: path, message: .init(nl: nl, en: en))] }
        var schema = declared
        if case .string(let reference) = declared["$ref"] {
            let name = String(reference.split(separator: "/").last ?? "")
            guard !Self.readByTheRulesEngine.contains(name), case .object(let resolved) = components[name] else { return [] }
            schema = resolved
        }
        if case .array(let parts) = schema["allOf"] { return parts.flatMap { check(value, against: $0.object, at: path) } }
        let type: String? = if case .string(let type) = schema["type"] { type } else { nil }
        switch (type, value) {
        case ("object", .object(let object)):
            let properties = schema["properties"]?.object ?? [:]
            let here = { (key: String) in path.isEmpty ? key : "\(path).\(key)" }
            let present = { (key: String) in object[key].map { $0 != .null } ?? false }
            let wrong = properties.keys.sorted().flatMap { key -> [FieldError] in
                guard let field = object[key], present(key), let declared = properties[key] else { return [] }
                return check(field, against: declared.object, at: here(key))
            }
            let required: [String] = if case .array(let names) = schema["required"] {
                names.compactMap { if case .string(let name) = $0 { name } else { nil } }
            } else { [] }
            return wrong + required.filter { !present($0) }.map {
                FieldError(field: here($0), message: .init(nl: "Dit veld is verplicht.", en: "This field is required."))
            }
        case ("object", _):
            return invalid("Dit moet een object zijn.", "This must be an object.")
        case ("array", .array(let array)):
            guard let items = schema["items"]?.object else { return [] }
            return array.enumerated().flatMap { check($1, against: items, at: "\(path)[\($0)]") }
        case ("array", _):
            return invalid("Dit moet een lijst zijn.", "This must be a list.")
        case ("string", .string(let text)):
            guard case .array(let values) = schema["enum"] else { return [] }
            let allowed = values.compactMap { if case .string(let value) = $0 { value } else { nil } }
            guard !allowed.contains(text) else { return [] }
            let list = allowed.joined(separator: ", ")
            return invalid("Kies een van deze waarden: \(list).", "Choose one of these values: \(list).")
        case ("string", _):
            return invalid("Dit moet tekst zijn.", "This must be text.")
        case ("number", .number):
            return []
        case ("number", _):
            return invalid("Dit moet een getal zijn.", "This must be a number.")
        case ("integer", .number(let number)) where number == number.rounded():
            return []
        case ("integer", _):
            return invalid("Dit moet een geheel getal zijn.", "This must be a whole number.")
        case ("boolean", .bool):
            return []
        case ("boolean", _):
            return invalid("Dit moet true of false zijn.", "This must be true or false.")
        default:
            return []
        }
    }
}

private extension JSONValue {
    /// The member of an object (null for anything else), so a path reads as one chain.
    subscript(key: String) -> JSONValue {
        if case .object(let object) = self { object[key] ?? .null } else { .null }
    }

    var object: [String: JSONValue] {
        if case .object(let object) = self { object } else { [:] }
    }
}
