/// Any JSON value, decoded without a schema so that validation can visit every field and
/// report all problems with their paths instead of stopping at the first.
public enum JSONValue: Hashable, Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Dutch name of the JSON type, for messages ("verwacht een getal, kreeg tekst").
    var soort: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "een getal"
        case .string: return "tekst"
        case .array: return "een lijst"
        case .object: return "een object"
        }
    }
}
