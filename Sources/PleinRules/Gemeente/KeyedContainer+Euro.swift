import PleinDomain

/// Amounts in configuration files are euro as JSON numbers (150 or 12.5), like the API.
extension KeyedDecodingContainer {
    func decodeEuro(forKey key: Key) throws -> Money {
        Money(euros: try decode(Double.self, forKey: key))
    }

    func decodeEuroIfPresent(forKey key: Key) throws -> Money? {
        try decodeIfPresent(Double.self, forKey: key).map { Money(euros: $0) }
    }
}

extension KeyedEncodingContainer {
    mutating func encodeEuro(_ money: Money, forKey key: Key) throws {
        try encode(money.euros, forKey: key)
    }

    mutating func encodeEuroIfPresent(_ money: Money?, forKey key: Key) throws {
        try encodeIfPresent(money?.euros, forKey: key)
    }
}
