/// The failures the service layer reports. The web layer turns them into pages with the
/// right status, the API into problem+json; neither ever shows a raw 500 for these.
enum PleinError: Error, Sendable {
    case notLoggedIn
    case forbidden(LocalizedText)
    case notFound
    case invalid([FieldError])
    case tooManyAttempts(retryAfterSeconds: Int)
}

extension PleinError {
    /// The same error with field names as another interface calls them (the API's JSON names
    /// instead of the form's), so every interface names its own fields.
    func renamingFields(_ names: [String: String]) -> PleinError {
        guard case .invalid(let errors) = self else { return self }
        return .invalid(errors.map { FieldError(field: names[$0.field] ?? $0.field, message: $0.message) })
    }
}
