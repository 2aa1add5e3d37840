import Foundation
import Vapor
import Yams

/// The OpenAPI document the API is generated from, served as JSON at /api/v1/openapi.json.
/// Converted once at start-up from the same YAML file the generator reads, so the served
/// document and the implementation cannot drift apart.
enum OpenAPIDocument {
    /// The document as read from the YAML: also the source of QueryParameterValidation's rules.
    static func tree() throws -> [String: Any] {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw Abort(.internalServerError, reason: "openapi.yaml missing from bundle")
        }
        let yaml = try String(contentsOf: url, encoding: .utf8)
        guard let tree = try Yams.load(yaml: yaml) as? [String: Any] else { throw Abort(.internalServerError, reason: "empty openapi.yaml") }
        return tree
    }

    static func json(_ tree: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }
}
