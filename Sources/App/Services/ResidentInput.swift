import Foundation
import PleinDomain

/// What a form or an API request says about a new resident, as typed. `validated()` checks
/// every field and reports all problems at once, with the same field names in both channels.
struct ResidentInput: Sendable {
    var bsn = ""
    var givenNames = ""
    var familyName = ""
    var birthDate = ""
    var postcode = ""
    var houseNumber = ""
    var town = ""
    var email = ""
    var iban = ""

    struct Valid: Sendable {
        let bsn: BSN
        let givenNames: String
        let familyName: String
        let birthDate: CivilDate
        let postcode: Postcode
        let houseNumber: String
        let town: String
        let email: String?
        let iban: IBAN?
    }

    func validated(today: CivilDate) -> Result<Valid, PleinError> {
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) {
            errors.append(FieldError(field: field, message: LocalizedText(nl: nl, en: en)))
        }
        func required(_ value: String, _ field: String, _ nl: String, _ en: String) -> String? {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { fail(field, nl, en); return nil }
            if trimmed.count > 200 { fail(field, "Dit veld mag hoogstens 200 tekens hebben.", "This field can have at most 200 characters."); return nil }
            return trimmed
        }

        var bsn: BSN?
        switch BSN.validate(self.bsn) {
        case .success(let value): bsn = value
        case .failure(.wrongLength):
            fail("bsn", "Een BSN heeft 9 cijfers. Controleer het nummer.", "A BSN has 9 digits. Check the number.")
        case .failure(.notDigits):
            fail("bsn", "Een BSN bestaat alleen uit cijfers.", "A BSN contains digits only.")
        case .failure(.failsElevenTest):
            fail("bsn", "Dit is geen geldig BSN: het klopt niet met de controle (11-proef). Controleer of u geen cijfer verkeerd heeft getypt.",
                 "This is not a valid BSN: it fails the check (11-test). Check for a mistyped digit.")
        }
        let givenNames = required(self.givenNames, "voornamen", "Vul de voornamen in.", "Enter the given names.")
        let familyName = required(self.familyName, "achternaam", "Vul de achternaam in.", "Enter the family name.")
        var birthDate: CivilDate?
        if let date = CivilDate(iso: self.birthDate.trimmingCharacters(in: .whitespaces)) {
            if date > today || date.year < 1900 {
                fail("geboortedatum", "De geboortedatum moet tussen 1900 en vandaag liggen.", "The date of birth must be between 1900 and today.")
            } else {
                birthDate = date
            }
        } else {
            fail("geboortedatum", "Vul de geboortedatum in als jaar-maand-dag, bijvoorbeeld 1990-03-25.",
                 "Enter the date of birth as year-month-day, for example 1990-03-25.")
        }
        var postcode: Postcode?
        switch Postcode.validate(self.postcode) {
        case .success(let value): postcode = value
        case .failure(.wrongFormat):
            fail("postcode", "Vul een postcode in met 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.",
                 "Enter a postcode with 4 digits and 2 letters, for example 1234 AB.")
        case .failure(.unusedLetters):
            fail("postcode", "Postcodes met de letters SA, SD of SS bestaan niet. Controleer de postcode.",
                 "Postcodes with the letters SA, SD or SS do not exist. Check the postcode.")
        }
        let houseNumber = required(self.houseNumber, "huisnummer", "Vul het huisnummer in.", "Enter the house number.")
        let town = required(self.town, "woonplaats", "Vul de woonplaats in.", "Enter the town.")
        let email = self.email.trimmingCharacters(in: .whitespaces)
        if !email.isEmpty && !Self.looksLikeEmail(email) {
            fail("email", "Vul een e-mailadres in zoals naam@voorbeeld.nl.", "Enter an e-mail address like name@example.com.")
        }
        var iban: IBAN?
        if !self.iban.trimmingCharacters(in: .whitespaces).isEmpty {
            switch IBAN.validate(self.iban) {
            case .success(let value): iban = value
            case .failure(.wrongLength(let expected)):
                fail("iban", "Dit IBAN heeft niet het goede aantal tekens (voor dit land \(expected)).",
                     "This IBAN does not have the right number of characters (\(expected) for this country).")
            case .failure(.wrongCheckDigits):
                fail("iban", "Dit IBAN klopt niet: waarschijnlijk is er een teken verkeerd getypt.",
                     "This IBAN is not correct: probably a character was mistyped.")
            case .failure(.unknownCountry), .failure(.invalidCharacters):
                fail("iban", "Vul een IBAN in zoals NL91 ABNA 0417 1643 00.", "Enter an IBAN like NL91 ABNA 0417 1643 00.")
            }
        }
        guard errors.isEmpty, let bsn, let givenNames, let familyName, let birthDate, let postcode,
              let houseNumber, let town
        else { return .failure(.invalid(errors)) }
        return .success(Valid(bsn: bsn, givenNames: givenNames, familyName: familyName, birthDate: birthDate,
                              postcode: postcode, houseNumber: houseNumber, town: town,
                              email: email.isEmpty ? nil : email, iban: iban))
    }

    /// Deliberately loose: one @, something before it, a dot after it. Whether mail arrives
    /// is only known by sending it.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !text.contains(" ")
    }
}
