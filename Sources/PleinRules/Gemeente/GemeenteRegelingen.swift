/// The configuration of one municipality: its choices for the municipal schemes and its own
/// local minima schemes. Loaded from JSON by the application (Codable; amounts in euro).
public struct GemeenteRegelingen: Hashable, Sendable, Codable {
    /// Code used in the input's `gemeente` field, e.g. "voorbeeld".
    public var code: String
    public var naam: String
    /// Nil when the municipality's verordening is not configured: the scheme answers "unknown".
    public var individueleInkomenstoeslag: IndividueleInkomenstoeslagConfig?
    public var kwijtschelding: KwijtscheldingConfig
    public var bijzondereBijstand: Loket
    public var regelingen: [LokaleRegeling]

    public init(code: String, naam: String, individueleInkomenstoeslag: IndividueleInkomenstoeslagConfig?,
                kwijtschelding: KwijtscheldingConfig, bijzondereBijstand: Loket, regelingen: [LokaleRegeling]) {
        self.code = code
        self.naam = naam
        self.individueleInkomenstoeslag = individueleInkomenstoeslag
        self.kwijtschelding = kwijtschelding
        self.bijzondereBijstand = bijzondereBijstand
        self.regelingen = regelingen
    }

    var lokaleSchemes: [any Scheme] { regelingen.map(LokaleRegelingScheme.init) }
}
