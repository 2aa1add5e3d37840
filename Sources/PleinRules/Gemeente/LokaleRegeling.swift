import PleinDomain

/// A local minima scheme defined entirely by configuration: an income limit as a percentage
/// of the household's bijstandsnorm, an optional vermogen limit, age conditions and an amount.
public struct LokaleRegeling: Hashable, Sendable, Codable {
    /// Output code, e.g. "stadspas"; unique within the municipality.
    public var code: String
    public var naam: String
    /// What the resident gets, in plain Dutch.
    public var omschrijving: String
    public var doelgroep: LokaleDoelgroep
    /// Net household income may be at most this percentage of the applicable bijstandsnorm.
    public var inkomensgrensPercentage: Int
    /// Nil: no vermogen test.
    public var vermogensgrens: Money?
    /// Age condition on the child (doelgroep kind) or the aanvrager (doelgroep huishouden).
    public var minimumLeeftijd: Int?
    public var maximumLeeftijd: Int?
    /// Per household, or per qualifying child; zero for benefits in kind (a pass).
    public var bedragPerJaar: Money
    public var aanvragen: Loket
    public var bron: LokaleBron

    public init(code: String, naam: String, omschrijving: String, doelgroep: LokaleDoelgroep,
                inkomensgrensPercentage: Int, vermogensgrens: Money?, minimumLeeftijd: Int?,
                maximumLeeftijd: Int?, bedragPerJaar: Money, aanvragen: Loket, bron: LokaleBron) {
        self.code = code
        self.naam = naam
        self.omschrijving = omschrijving
        self.doelgroep = doelgroep
        self.inkomensgrensPercentage = inkomensgrensPercentage
        self.vermogensgrens = vermogensgrens
        self.minimumLeeftijd = minimumLeeftijd
        self.maximumLeeftijd = maximumLeeftijd
        self.bedragPerJaar = bedragPerJaar
        self.aanvragen = aanvragen
        self.bron = bron
    }

    enum CodingKeys: String, CodingKey {
        case code, naam, omschrijving, doelgroep, inkomensgrensPercentage, vermogensgrens
        case minimumLeeftijd, maximumLeeftijd, bedragPerJaar, aanvragen, bron
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(code: try c.decode(String.self, forKey: .code), naam: try c.decode(String.self, forKey: .naam),
                  omschrijving: try c.decode(String.self, forKey: .omschrijving),
                  doelgroep: try c.decode(LokaleDoelgroep.self, forKey: .doelgroep),
                  inkomensgrensPercentage: try c.decode(Int.self, forKey: .inkomensgrensPercentage),
                  vermogensgrens: try c.decodeEuroIfPresent(forKey: .vermogensgrens),
                  minimumLeeftijd: try c.decodeIfPresent(Int.self, forKey: .minimumLeeftijd),
                  maximumLeeftijd: try c.decodeIfPresent(Int.self, forKey: .maximumLeeftijd),
                  bedragPerJaar: try c.decodeEuro(forKey: .bedragPerJaar),
                  aanvragen: try c.decode(Loket.self, forKey: .aanvragen),
                  bron: try c.decode(LokaleBron.self, forKey: .bron))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(naam, forKey: .naam)
        try c.encode(omschrijving, forKey: .omschrijving)
        try c.encode(doelgroep, forKey: .doelgroep)
        try c.encode(inkomensgrensPercentage, forKey: .inkomensgrensPercentage)
        try c.encodeEuroIfPresent(vermogensgrens, forKey: .vermogensgrens)
        try c.encodeIfPresent(minimumLeeftijd, forKey: .minimumLeeftijd)
        try c.encodeIfPresent(maximumLeeftijd, forKey: .maximumLeeftijd)
        try c.encodeEuro(bedragPerJaar, forKey: .bedragPerJaar)
        try c.encode(aanvragen, forKey: .aanvragen)
        try c.encode(bron, forKey: .bron)
    }

    public func leeftijdPast(_ leeftijd: Int) -> Bool {
        (minimumLeeftijd.map { leeftijd >= $0 } ?? true) && (maximumLeeftijd.map { leeftijd <= $0 } ?? true)
    }
}
