/// A text in both page languages, for messages made below the web layer (validation errors,
/// access refusals) that a page shows in the reader's language and the API shows in Dutch.
struct LocalizedText: Sendable, Equatable {
    let nl: String
    let en: String

    func text(in language: Language) -> String { language.pick(nl: nl, en: en) }
}
