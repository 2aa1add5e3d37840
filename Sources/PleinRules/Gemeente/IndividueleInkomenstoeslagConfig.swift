import PleinDomain

/// A municipality's verordening individuele inkomenstoeslag (Participatiewet art. 8 lid 1
/// sub b, art. 36): what "langdurig laag inkomen" means there, and the amounts per year.
public struct IndividueleInkomenstoeslagConfig: Hashable, Sendable, Codable {
    /// Months the income must have been low ("referteperiode"), commonly 36.
    public var referteperiodeMaanden: Int
    /// "Laag inkomen": at most this percentage of the applicable bijstandsnorm.
    public var inkomensgrensPercentage: Int
    public var bedragAlleenstaande: Money
    public var bedragAlleenstaandeOuder: Money
    public var bedragGehuwden: Money
    public var aanvragen: Loket
    public var bron: LokaleBron

    public init(referteperiodeMaanden: Int, inkomensgrensPercentage: Int, bedragAlleenstaande: Money,
                bedragAlleenstaandeOuder: Money, bedragGehuwden: Money, aanvragen: Loket, bron: LokaleBron) {
        self.referteperiodeMaanden = referteperiodeMaanden
        self.inkomensgrensPercentage = inkomensgrensPercentage
        self.bedragAlleenstaande = bedragAlleenstaande
        self.bedragAlleenstaandeOuder = bedragAlleenstaandeOuder
        self.bedragGehuwden = bedragGehuwden
        self.aanvragen = aanvragen
        self.bron = bron
    }

    enum CodingKeys: String, CodingKey {
        case referteperiodeMaanden, inkomensgrensPercentage, bedragAlleenstaande, bedragAlleenstaandeOuder
        case bedragGehuwden, aanvragen, bron
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(referteperiodeMaanden: try c.decode(Int.self, forKey: .referteperiodeMaanden),
                  inkomensgrensPercentage: try c.decode(Int.self, forKey: .inkomensgrensPercentage),
                  bedragAlleenstaande: try c.decodeEuro(forKey: .bedragAlleenstaande),
                  bedragAlleenstaandeOuder: try c.decodeEuro(forKey: .bedragAlleenstaandeOuder),
                  bedragGehuwden: try c.decodeEuro(forKey: .bedragGehuwden),
                  aanvragen: try c.decode(Loket.self, forKey: .aanvragen),
                  bron: try c.decode(LokaleBron.self, forKey: .bron))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(referteperiodeMaanden, forKey: .referteperiodeMaanden)
        try c.encode(inkomensgrensPercentage, forKey: .inkomensgrensPercentage)
        try c.encodeEuro(bedragAlleenstaande, forKey: .bedragAlleenstaande)
        try c.encodeEuro(bedragAlleenstaandeOuder, forKey: .bedragAlleenstaandeOuder)
        try c.encodeEuro(bedragGehuwden, forKey: .bedragGehuwden)
        try c.encode(aanvragen, forKey: .aanvragen)
        try c.encode(bron, forKey: .bron)
    }

    func bedrag(voor leefvorm: Leefvorm) -> Money {
        switch leefvorm {
        case .alleenstaande: return bedragAlleenstaande
        case .alleenstaandeOuder: return bedragAlleenstaandeOuder
        case .gehuwden: return bedragGehuwden
        }
    }
}
