import Foundation
import Vapor

/// The query of a list page's filter form (werkvoorraad, inwoners, betrokkenheid), checked by
/// the API's rules (`QueryParameterValidation.errors`). A value the form cannot have sent — a
/// status `foo`, page `abc`, a filter given twice — used to be dropped, and the page then
/// showed the whole list as if no filter had been asked for; now each such value is an error
/// the page names in its error summary (HTTP 400). An empty value is no filter: that is what
/// the form's "Alle" option sends.
struct FilterQuery {
    private let items: [URLQueryItem]
    private(set) var errors: [FieldError] = []

    init(_ req: Request) {
        // A GET form sends a space as "+" (a plus itself as %2B); URLComponents would keep the
        // "+", and a search for "de boer" would look for "de+boer".
        let query = (req.url.query ?? "").replacingOccurrences(of: "+", with: "%20")
        items = URLComponents(string: "?" + query)?.queryItems ?? []
    }

    /// Free text, such as a search; "" when absent or too long.
    mutating func text(_ name: String, label: LocalizedText, maxLength: Int = 100) -> String {
        read(.init(name: name, isInteger: false, allowed: nil, minimum: nil, maximum: nil, maxLength: maxLength), label: label) ?? ""
    }

    /// One of `options`, by its raw value; nil when absent (all) or not one of them.
    mutating func choice<Option: RawRepresentable<String>>(_ name: String, label: LocalizedText, among options: [Option]) -> Option? {
        read(.init(name: name, isInteger: false, allowed: options.map(\.rawValue), minimum: nil, maximum: nil, maxLength: nil),
             label: label).flatMap(Option.init(rawValue:))
    }

    /// A checkbox that sends "ja" when ticked.
    mutating func flag(_ name: String, label: LocalizedText) -> Bool {
        read(.init(name: name, isInteger: false, allowed: ["ja"], minimum: nil, maximum: nil, maxLength: nil), label: label) == "ja"
    }

    /// The page number `pagina`, 1 when absent. A page past the last is not an error: the
    /// list may have become shorter since the link was made, and the services show the last.
    mutating func page() -> Int {
        read(.init(name: "pagina", isInteger: true, allowed: nil, minimum: 1, maximum: nil, maxLength: nil),
             label: .init(nl: "Pagina", en: "Page")).flatMap { Int($0) } ?? 1
    }

    /// The parameter's one value, or nil — with an error when it was not a valid one. The API's
    /// messages do not say which parameter they are about (its problem+json names it apart), so
    /// here each starts with the filter's label, as the error summary shows them.
    private mutating func read(_ parameter: QueryParameterValidation.Parameter, label: LocalizedText) -> String? {
        let values = items.filter { $0.name == parameter.name }.compactMap(\.value).filter { !$0.isEmpty }
        let found = QueryParameterValidation.errors(in: values, for: parameter)
        guard found.isEmpty else {
            errors += found.map { error in
                FieldError(field: error.field, message: .init(nl: "\(label.nl): \(Self.lowercasedFirst(error.message.nl))",
                                                              en: "\(label.en): \(Self.lowercasedFirst(error.message.en))"))
            }
            return nil
        }
        return values.first
    }

    private static func lowercasedFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }
}
