import PleinDomain

/// Reads fields from decoded JSON, collecting a `FieldError` for every invalid one. Each
/// accessor returns nil for an absent or invalid field; the caller decides the default.
struct InvoerLezer {
    private(set) var fouten: [FieldError] = []

    mutating func fout(_ path: String, _ message: String) {
        fouten.append(FieldError(path: path, message: message))
    }

    static func pad(_ basis: String, _ veld: String) -> String { basis.isEmpty ? veld : "\(basis).\(veld)" }

    /// The object at `path`, reporting fields not in `velden` (typos must not be ignored).
    mutating func object(_ value: JSONValue, _ path: String, velden: Set<String>) -> [String: JSONValue]? {
        guard case .object(let object) = value else {
            fout(path, "verwacht een object, kreeg \(value.soort)")
            return nil
        }
        for key in object.keys.sorted() where !velden.contains(key) {
            fout(Self.pad(path, key), "onbekend veld")
        }
        return object
    }

    /// Absent and null both mean "not given".
    private func aanwezig(_ object: [String: JSONValue], _ key: String) -> JSONValue? {
        guard let value = object[key], value != .null else { return nil }
        return value
    }

    mutating func verplicht(_ object: [String: JSONValue], _ key: String, _ path: String) -> JSONValue? {
        guard let value = aanwezig(object, key) else {
            fout(Self.pad(path, key), "ontbreekt")
            return nil
        }
        return value
    }

    mutating func datum(_ value: JSONValue?, _ path: String) -> CivilDate? {
        guard let value else { return nil }
        guard case .string(let text) = value, let date = CivilDate(iso: text) else {
            fout(path, "geen geldige datum (verwacht JJJJ-MM-DD)")
            return nil
        }
        return date
    }

    mutating func datum(_ object: [String: JSONValue], _ key: String, _ path: String, verplicht: Bool = false) -> CivilDate? {
        let value = verplicht ? self.verplicht(object, key, path) : aanwezig(object, key)
        return datum(value, Self.pad(path, key))
    }

    /// Euro with at most two decimals; `minimum` rejects negative amounts where they make no sense.
    mutating func bedrag(_ object: [String: JSONValue], _ key: String, _ path: String,
                         minimum: Money? = .zero) -> Money? {
        guard let value = aanwezig(object, key) else { return nil }
        let veld = Self.pad(path, key)
        guard case .number(let number) = value, number.isFinite else {
            fout(veld, "verwacht een bedrag in euro (een getal), kreeg \(value.soort)")
            return nil
        }
        // Said apart: "verwacht een getal, kreeg een getal" did not tell what was wrong.
        guard abs(number) < 1e13 else {
            fout(veld, "is te groot: hoogstens 9999999999999.99")
            return nil
        }
        let cents = (number * 100).rounded()
        guard abs(number * 100 - cents) < 1e-6 else {
            fout(veld, "een bedrag heeft hoogstens twee decimalen")
            return nil
        }
        let money = Money(cents: Int64(cents))
        if let minimum, money < minimum {
            fout(veld, "mag niet negatief zijn")
            return nil
        }
        return money
    }

    mutating func geheelGetal(_ object: [String: JSONValue], _ key: String, _ path: String,
                              bereik: ClosedRange<Int>) -> Int? {
        guard let value = aanwezig(object, key) else { return nil }
        let veld = Self.pad(path, key)
        guard case .number(let number) = value, number == number.rounded() else {
            fout(veld, "verwacht een geheel getal, kreeg \(value.soort)")
            return nil
        }
        guard abs(number) < 1e9, bereik.contains(Int(number)) else {
            fout(veld, "moet tussen \(bereik.lowerBound) en \(bereik.upperBound) liggen")
            return nil
        }
        return Int(number)
    }

    mutating func janee(_ object: [String: JSONValue], _ key: String, _ path: String) -> Bool? {
        guard let value = aanwezig(object, key) else { return nil }
        guard case .bool(let bool) = value else {
            fout(Self.pad(path, key), "verwacht true of false, kreeg \(value.soort)")
            return nil
        }
        return bool
    }

    mutating func tekst(_ object: [String: JSONValue], _ key: String, _ path: String) -> String? {
        guard let value = aanwezig(object, key) else { return nil }
        guard case .string(let text) = value, !text.isEmpty else {
            fout(Self.pad(path, key), "verwacht niet-lege tekst")
            return nil
        }
        return text
    }

    mutating func keuze<E: RawRepresentable & CaseIterable>(_ object: [String: JSONValue], _ key: String,
                                                            _ path: String, verplicht: Bool = false) -> E?
    where E.RawValue == String {
        let value = verplicht ? self.verplicht(object, key, path) : aanwezig(object, key)
        guard let value else { return nil }
        guard case .string(let text) = value, let choice = E(rawValue: text) else {
            let opties = E.allCases.map(\.rawValue).joined(separator: ", ")
            fout(Self.pad(path, key), "moet een van deze waarden zijn: \(opties)")
            return nil
        }
        return choice
    }
}
