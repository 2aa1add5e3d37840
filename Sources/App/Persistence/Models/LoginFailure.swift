import Fluent
import Foundation

/// One failed login, counted per account and per client address to throttle guessing.
/// Kept in the database so the limit holds across restarts and several app instances.
final class LoginFailure: Model, @unchecked Sendable {
    static let schema = "mislukte_inlogpogingen"

    @ID(key: .id) var id: UUID?
    /// "account:<login name>" or "adres:<ip>".
    @Field(key: "sleutel") var key: String
    @Field(key: "op") var at: Date

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}
