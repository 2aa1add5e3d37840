import Foundation
import PleinDomain

/// One input on a question page of "Check je rechten", and how its typed text is checked.
/// Answers are kept as validated text, so a page can show them again exactly.
struct CheckField: Sendable {
    enum Kind: Sendable {
        case choice([(value: String, label: LocalizedText)])
        /// Day, month and year in three inputs (the GOV.UK date pattern).
        case date
        case count(ClosedRange<Int>)
        case money
        /// A short text in a known format, kept normalised (IBAN without spaces, and so on).
        case text(TextFormat)
    }

    enum TextFormat: Sendable {
        case iban, email, phone

        var autocomplete: String {
            switch self {
            case .iban: "off"
            case .email: "email"
            case .phone: "tel"
            }
        }

        var inputMode: String {
            switch self {
            case .iban: "text"
            case .email: "email"
            case .phone: "tel"
            }
        }
    }

    /// The highest amount a question takes (€ 100 million): higher is a typing mistake, and
    /// the rules engine's sums stay far within Int64.
    static let highestAmount = Money(cents: 100_000_000_00)

    let name: String
    let label: LocalizedText
    var hint: LocalizedText? = nil
    let kind: Kind

    /// The names of the inputs this field is typed into.
    var inputs: [String] {
        switch kind {
        case .date: ["dag", "maand", "jaar"].map { "\(name)-\($0)" }
        case .choice, .count, .money, .text: [name]
        }
    }

    /// The normalised answer from the submitted form, or what is wrong with it.
    func read(_ form: [String: String], today: CivilDate) -> Result<String, FieldError> {
        func fail(_ nl: String, _ en: String) -> Result<String, FieldError> {
            .failure(FieldError(field: name, message: LocalizedText(nl: nl, en: en)))
        }
        let text = (form[name] ?? "").trimmingCharacters(in: .whitespaces)
        switch kind {
        case .choice(let options):
            guard options.contains(where: { $0.value == text }) else {
                return fail("Kies een van de antwoorden.", "Choose one of the answers.")
            }
            return .success(text)
        case .date:
            let parts = inputs.map { (form[$0] ?? "").trimmingCharacters(in: .whitespaces) }
            guard parts.allSatisfy({ !$0.isEmpty }) else {
                return fail("Vul de dag, de maand en het jaar in.", "Enter the day, the month and the year.")
            }
            guard let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4,
                  let date = CivilDate(year: year, month: month, day: day)
            else { return fail("Deze datum bestaat niet. Vul bijvoorbeeld 25 3 1990 in.", "This date does not exist. Enter for example 25 3 1990.") }
            guard date <= today, date.year >= 1900 else {
                return fail("De geboortedatum moet tussen 1900 en vandaag liggen.", "The date of birth must be between 1900 and today.")
            }
            return .success(date.description)
        case .count(let range):
            guard let value = Int(text), range.contains(value) else {
                return fail("Vul een aantal in van \(range.lowerBound) tot en met \(range.upperBound).",
                            "Enter a number from \(range.lowerBound) to \(range.upperBound).")
            }
            return .success(String(value))
        case .money:
            // Every amount question asks for 0 when there is nothing; an empty field is a
            // question not answered, never € 0 (that would silently change the outcome).
            guard !text.isEmpty else {
                return fail("Vul een bedrag in. Is het niets, vul dan 0 in.", "Enter an amount. If it is nothing, enter 0.")
            }
            guard let money = Money(parsing: text), money >= .zero else {
                return fail("Vul een bedrag in euro in, bijvoorbeeld 1250 of 1250,50.", "Enter an amount in euro, for example 1250 or 1250.50.")
            }
            guard money <= Self.highestAmount else {
                return fail("Dit bedrag is te hoog. Controleer het bedrag.", "This amount is too high. Check the amount.")
            }
            return .success(String(money.cents))
        case .text(let format):
            return read(text, as: format)
        }
    }

    /// A stored answer as the resident reads it back on a summary page.
    func display(_ value: String, in language: Language) -> String {
        switch kind {
        case .choice(let options): options.first { $0.value == value }?.label.text(in: language) ?? value
        case .date: CivilDate(iso: value)?.dutchNotation ?? value
        case .count: value
        case .money: Int64(value).map { Money(cents: $0).formatted } ?? value
        case .text(.iban): IBAN(value)?.printed ?? value
        case .text: value
        }
    }

    private func read(_ text: String, as format: TextFormat) -> Result<String, FieldError> {
        func fail(_ nl: String, _ en: String) -> Result<String, FieldError> {
            .failure(FieldError(field: name, message: LocalizedText(nl: nl, en: en)))
        }
        switch format {
        case .iban:
            guard !text.isEmpty else { return fail("Vul uw IBAN in.", "Enter your IBAN.") }
            guard let iban = IBAN(text) else {
                return fail("Dit IBAN klopt niet. Het staat op uw bankpas, bijvoorbeeld NL91 ABNA 0417 1643 00.",
                            "This IBAN is not correct. It is on your bank card, for example NL91 ABNA 0417 1643 00.")
            }
            return .success(iban.electronic)
        case .email:
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            let forbidden = CharacterSet.controlCharacters.union(.whitespaces).union(CharacterSet(charactersIn: "<>,;:()[]\\\""))
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), text.count <= 254,
                  text.unicodeScalars.allSatisfy({ !forbidden.contains($0) }) else {
                return fail("Vul een e-mailadres in zoals naam@voorbeeld.nl.", "Enter an e-mail address like name@example.com.")
            }
            return .success(text.lowercased())
        case .phone:
            let digits = text.filter { !" -()".contains($0) }
            let body = digits.hasPrefix("+") ? digits.dropFirst() : Substring(digits)
            guard (10...15).contains(body.count), body.allSatisfy(\.isNumber) else {
                return fail("Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 06 12345678.",
                            "Enter a phone number of 10 digits, for example 06 12345678.")
            }
            return .success(digits)
        }
    }
}
