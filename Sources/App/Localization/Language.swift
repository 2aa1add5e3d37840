/// The page language. Dutch is the default; English is switchable for residents who read
/// English better. The API speaks Dutch only, as the NL API Design Rules ask.
enum Language: String, Sendable, CaseIterable {
    case nl, en

    static let cookieName = "plein_taal"

    func pick(nl dutch: String, en english: String) -> String {
        self == .nl ? dutch : english
    }
}
