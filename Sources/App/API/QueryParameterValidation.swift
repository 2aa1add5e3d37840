import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Checks an operation's query parameters against the OpenAPI document before the generated
/// code reads them, and names every invalid one in `invalidParams`. The generated code stops
/// at the first value it cannot read and does not say which parameter that was; nor does it
/// check `minimum`, `maximum` or `maxLength`. The rules come from the same document the
/// generator reads, so they cannot drift apart.
struct QueryParameterValidation: ServerMiddleware {
    struct Parameter: Sendable {
        let name: String
        let isInteger: Bool
        let allowed: [String]?
        let minimum: Int?
        let maximum: Int?
        let maxLength: Int?
    }

    /// The query parameters per operationId.
    let parameters: [String: [Parameter]]

    init(document: [String: Any]) {
        var parameters: [String: [Parameter]] = [:]
        let shared = (document["components"] as? [String: Any])?["parameters"] as? [String: Any] ?? [:]
        for case let operations as [String: Any] in (document["paths"] as? [String: Any] ?? [:]).values {
            for case let operation as [String: Any] in operations.values {
                guard let id = operation["operationId"] as? String else { continue }
                parameters[id] = (operation["parameters"] as? [[String: Any]] ?? []).compactMap { declared in
                    let resolved = (declared["$ref"] as? String).flatMap { shared[String($0.split(separator: "/").last ?? "")] as? [String: Any] } ?? declared
                    guard resolved["in"] as? String == "query", let name = resolved["name"] as? String else { return nil }
                    let schema = resolved["schema"] as? [String: Any] ?? [:]
                    return Parameter(name: name, isInteger: schema["type"] as? String == "integer",
                                     allowed: schema["enum"] as? [String], minimum: schema["minimum"] as? Int,
                                     maximum: schema["maximum"] as? Int, maxLength: schema["maxLength"] as? Int)
                }
            }
        }
        self.parameters = parameters
    }

    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)) async throws -> (HTTPResponse, HTTPBody?) {
        let items = URLComponents(string: request.path ?? "")?.queryItems ?? []
        let errors = (parameters[operationID] ?? []).flatMap { parameter in
            Self.errors(in: items.filter { $0.name == parameter.name }.map { $0.value ?? "" }, for: parameter)
        }
        guard errors.isEmpty else { throw PleinError.invalid(errors) }
        return try await next(request, body, metadata)
    }

    /// What is wrong with the values a query gave for `parameter`; also the rules of the web
    /// list pages' filters (`FilterQuery`), so a page and the API refuse the same values alike.
    static func errors(in values: [String], for parameter: Parameter) -> [FieldError] {
        func invalid(_ nl: String, _ en: String) -> [FieldError] { [FieldError(field: parameter.name, message: .init(nl: nl, en: en))] }
        guard let value = values.first else { return [] }
        if values.count > 1 { return invalid("Geef deze parameter één keer mee.", "Give this parameter once.") }
        if let allowed = parameter.allowed, !allowed.contains(value) {
            let list = allowed.joined(separator: ", ")
            return invalid("Kies een van deze waarden: \(list).", "Choose one of these values: \(list).")
        }
        if let maxLength = parameter.maxLength, value.count > maxLength {
            return invalid("Hoogstens \(maxLength) tekens.", "At most \(maxLength) characters.")
        }
        guard parameter.isInteger else { return [] }
        guard let number = Int(value) else {
            let digits = value.drop { $0 == "-" }
            return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
                ? invalid("Dit getal is te groot.", "This number is too large.")
                : invalid("Vul een geheel getal in.", "Enter a whole number.")
        }
        if let minimum = parameter.minimum, number < minimum {
            return invalid("Vul een getal in van ten minste \(minimum).", "Enter a number of at least \(minimum).")
        }
        if let maximum = parameter.maximum, number > maximum {
            return invalid("Vul een getal in van hoogstens \(maximum).", "Enter a number of at most \(maximum).")
        }
        return []
    }
}
