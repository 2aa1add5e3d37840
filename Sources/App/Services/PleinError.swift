/// The failures the service layer reports. The web layer turns them into pages with the
/// right status, the API into problem+json; neither ever shows a raw 500 for these.
enum PleinError: Error, Sendable {
    case notLoggedIn
    case forbidden(LocalizedText)
    case notFound
    case invalid([FieldError])
    case tooManyAttempts(retryAfterSeconds: Int)
}
