import PleinDomain

/// Evaluates a chunk of households (`HuishoudenKolommen`) on every scheme in one pass, without
/// trace, into preallocated output columns (`UitkomstKolommen`): the engine of `plein screen`.
/// Parameters are resolved once for the peildatum; per household the kernel reads plain values
/// and calls the schemes' allocation-free functions (`…+Kernel.swift` next to each scheme), so
/// it gives exactly the right and monthly amount of `Engine.bereken` (BatchKernelTests).
public struct BatchKernel: Sendable {
    /// The registry's schemes in its order (`SchemeRegistry.all`); the kernel's columns start
    /// with these.
    public static let nationaleRegelingen = [
        "bijstand", "zorgtoeslag", "huurtoeslag", "kindgebondenBudget", "kinderopvangtoeslag",
        "individueleInkomenstoeslag", "kwijtschelding", "bijzondereBijstand",
    ]

    public let parameters: ParameterSet
    /// The output columns: the national schemes, then every local scheme code of the
    /// configured municipalities (a code shared by municipalities shares its column).
    public let regelingen: [String]
    /// The configured municipalities, by code; the gemeente column holds 1 + the index here.
    public let gemeenten: [String]

    let gemeenteConfig: [KernelGemeente]
    let lokaleRegelingen: [KernelGemeente.Regeling]
    /// The columns of the local schemes, all `nietVanToepassing` until the household's own
    /// municipality fills its own.
    let lokaleKolommen: Range<Int>
    let standaardKwijtscheldingPercentage: Int
    let kostendelerMinimumleeftijd: Int
    let huurtoeslag: HuurtoeslagKernelParameters
    let peildatum: Int32
    let maandnummer: Int
    let jaarbegin: Int32
    /// The latest birth date that has reached the AOW age on the peildatum.
    let aowGrens: Int32

    public init(parameters: ParameterSet, gemeenten catalogus: GemeenteCatalogus = .demo) {
        let codes = catalogus.gemeenten.keys.sorted()
        precondition(codes.count < Int(UInt8.max), "the gemeente column holds at most 254 municipalities")
        var regelingen = BatchKernel.nationaleRegelingen
        var config: [KernelGemeente] = []
        var lokaal: [KernelGemeente.Regeling] = []
        for code in codes {
            let gemeente = catalogus.gemeenten[code]!
            let eerste = lokaal.count
            for regeling in gemeente.regelingen {
                let kolom = regelingen.firstIndex(of: regeling.code) ?? regelingen.count
                if kolom == regelingen.count { regelingen.append(regeling.code) }
                lokaal.append(KernelGemeente.Regeling(regeling, kolom: kolom))
            }
            config.append(KernelGemeente(
                inkomenstoeslag: gemeente.individueleInkomenstoeslag.map(KernelGemeente.Inkomenstoeslag.init),
                kwijtscheldingPercentage: gemeente.kwijtschelding.normPercentage,
                regelingen: eerste..<lokaal.count))
        }
        let peildatum = parameters.peildatum
        self.parameters = parameters
        self.regelingen = regelingen
        self.gemeenten = codes
        self.gemeenteConfig = config
        self.lokaleRegelingen = lokaal
        self.lokaleKolommen = BatchKernel.nationaleRegelingen.count..<regelingen.count
        self.standaardKwijtscheldingPercentage = KwijtscheldingConfig(aanvragen: Loket(tekst: "", waar: "")).normPercentage
        self.kostendelerMinimumleeftijd = parameters.participatiewet.kostendelerMinimumleeftijd
        self.huurtoeslag = HuurtoeslagKernelParameters(parameters.huurtoeslag)
        self.peildatum = PackedDate.pack(peildatum)
        self.maandnummer = peildatum.maandnummer
        self.jaarbegin = PackedDate.pack(peildatum.eersteJanuari)
        self.aowGrens = BatchKernel.aowGrens(op: peildatum)
    }

    /// `PensioengerechtigdeLeeftijd.bereikt` as one comparison: the AOW age only grows with the
    /// birth year, so the birth dates that have reached it on a peildatum are all dates up to a
    /// boundary. Found by a search around the statutory ages (66 to 68 years before the
    /// peildatum); BatchKernelTests checks the comparison against `bereikt` for every birth date.
    static func aowGrens(op peildatum: CivilDate) -> Int32 {
        var datum = peildatum.adding(years: -66)
        let ondergrens = peildatum.adding(years: -68)
        while datum > ondergrens && !PensioengerechtigdeLeeftijd.bereikt(geboortedatum: datum, op: peildatum) {
            datum = datum.adding(days: -1)
        }
        return PackedDate.pack(datum)
    }

    /// The value of the gemeente column for a municipality code; nil when not configured.
    public func gemeenteIndex(_ code: String) -> UInt8? {
        gemeenten.firstIndex(of: code).map { UInt8($0 + 1) }
    }
}
