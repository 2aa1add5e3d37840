/// One invalid field of a form or API request: the field's name as the caller sent it, and
/// a specific message that tells how to put it right.
struct FieldError: Error, Sendable, Equatable {
    let field: String
    let message: LocalizedText
}
