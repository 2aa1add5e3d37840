import Vapor

/// A submitted URL-encoded form with every value of each field. Decoding a form into
/// `[String: String]` keeps the last of a field sent twice (`kaleHuur=1&kaleHuur=2`) without a
/// word, and a body that does not decode at all (a field named `kaleHuur[x]`) became an empty
/// form, whose amounts were then read as € 0. A form read through this type can name such a
/// field instead of guessing which value was meant.
struct SubmittedForm: Sendable, Decodable {
    /// The value of each field sent once; of a field sent more than once its last value, so a
    /// page can still show what was typed.
    private(set) var values: [String: String] = [:]
    /// The fields sent more than once, or in a shape no Plein form has (`kaleHuur[x]=1`).
    private(set) var ambiguous: Set<String> = []

    init(values: [String: String] = [:]) {
        self.values = values
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: BasicCodingKey.self)
        for key in container.allKeys {
            guard let sent = try? container.decode([String].self, forKey: key) else {
                ambiguous.insert(key.stringValue)
                continue
            }
            if sent.count > 1 { ambiguous.insert(key.stringValue) }
            values[key.stringValue] = sent.last ?? ""
        }
    }

    /// Reads the request's form. Array separators are off: "1250,50" is one amount, not two
    /// values. A body that is no form at all reads as an empty form, so each field the page
    /// needs gets its own "fill this in".
    static func read(_ req: Request) -> SubmittedForm {
        let decoder = URLEncodedFormDecoder(configuration: .init(boolFlags: false, arraySeparators: []))
        return (try? req.content.decode(SubmittedForm.self, using: decoder)) ?? SubmittedForm()
    }

    /// The error for each of these fields that was sent more than once or in another shape.
    func errors(forAmbiguous names: some Sequence<String>) -> [FieldError] {
        names.filter(ambiguous.contains).map(Self.notSentOnce)
    }

    /// A field with more than one value has no one answer: either value would be a guess.
    static func notSentOnce(_ field: String) -> FieldError {
        FieldError(field: field, message: .init(
            nl: "Dit veld is niet goed meegestuurd, bijvoorbeeld twee keer. Vul het opnieuw in.",
            en: "This field was not sent correctly, for example twice. Fill it in again."))
    }
}
