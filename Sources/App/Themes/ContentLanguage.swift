/// A language a content page can be written in. The interface itself is Dutch or English;
/// content pages for newcomers also come in Arabic (right to left) and Tigrinya.
enum ContentLanguage: String, Codable, CaseIterable, Sendable {
    case nl, en, ar, ti

    /// The language's name in itself, as a language switcher shows it.
    var autonym: String {
        switch self {
        case .nl: "Nederlands"
        case .en: "English"
        case .ar: "العربية"
        case .ti: "ትግርኛ"
        }
    }

    var isRightToLeft: Bool { self == .ar }

    /// The value of an HTML `dir` attribute.
    var direction: String { isRightToLeft ? "rtl" : "ltr" }
}
