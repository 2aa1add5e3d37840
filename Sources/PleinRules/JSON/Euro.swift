import PleinDomain

/// Money as a JSON number in euro with cents (1401.5 for € 1.401,50).
struct Euro: Encodable {
    let money: Money

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(money.euros)
    }
}
