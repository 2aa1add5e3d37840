/// One invalid input field: the path as it appears in the JSON input
/// ("personen[1].geboortedatum") and what is wrong, in Dutch.
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
