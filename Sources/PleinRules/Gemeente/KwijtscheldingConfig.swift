/// A municipality's choices for kwijtschelding of its taxes. The national rules (Uitvoerings-
/// regeling Invorderingswet 1990) set the kosten van bestaan at 90% of the bijstandsnorm; a
/// municipality may raise that to at most 100% (Gemeentewet art. 255; the lid is UNVERIFIED,
/// see docs/law/participatiewet.md). 100% is the default here, as the choice most municipalities make — a municipal choice, stated as such.
public struct KwijtscheldingConfig: Hashable, Sendable, Codable {
    public var normPercentage: Int
    public var aanvragen: Loket

    public init(normPercentage: Int = 100, aanvragen: Loket) {
        self.normPercentage = normPercentage
        self.aanvragen = aanvragen
    }
}
