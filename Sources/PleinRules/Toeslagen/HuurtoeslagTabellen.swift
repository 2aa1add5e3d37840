import PleinDomain

/// Wet op de huurtoeslag (BWBR0008659) as it reads from 1 January 2026, when the normhuur
/// formula gave way to a fixed basishuur with a linear afbouw; see docs/law/toeslagen.md §2.
/// Read in MinBZK/regelrecht-corpus, regulation/nl/wet/wet_op_de_huurtoeslag/2026-01-01.yaml,
/// wet_verlaging_eigen_bijdrage_huurtoeslag/2026-01-01.yaml and
/// algemene_wet_inkomensafhankelijke_regelingen/2026-01-01.yaml. The tables start in 2026: the
/// 2025 system (quadratic normhuur, art. 17-19 old text) needs the minimum-inkomensijkpunten
/// and the factors a and b of the Regeling huurtoeslaggrenzen 2025, which no stored source
/// reproduces, so the engine does not compute a 2025 huurtoeslag (`HuurtoeslagParameters` is
/// nil then; docs/law/toeslagen.md §2.1 lists the searches).
enum HuurtoeslagTabellen {
    static let maximaleHuurgrens = ParameterTable<Money>("maximale huurgrens", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 93_293),
              bron: Wet.huurtoeslag.artikel("13", lid: "1", onderdeel: "a")),
    ])

    /// For a household of only persons under 21 without a child or a handicap.
    static let maximaleHuurgrensJongeren = ParameterTable<Money>("maximale huurgrens onder 21 jaar", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 49_820),
              bron: Wet.huurtoeslag.artikel("13", lid: "1", onderdeel: "b")),
    ])

    static let kwaliteitskortingsgrens = ParameterTable<Money>("kwaliteitskortingsgrens", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 49_820), bron: Wet.huurtoeslag.artikel("20", lid: "1")),
    ])

    static let aftoppingsgrensEenOfTwee = ParameterTable<Money>("aftoppingsgrens 1 of 2 personen", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 71_302),
              bron: Wet.huurtoeslag.artikel("20", lid: "2", onderdeel: "a")),
    ])

    static let aftoppingsgrensDrieOfMeer = ParameterTable<Money>("aftoppingsgrens 3 of meer personen", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 76_414),
              bron: Wet.huurtoeslag.artikel("20", lid: "2", onderdeel: "b")),
    ])

    static let normhuur = ParameterTable<Money>("normhuur bij het minimum-inkomensijkpunt", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 25_249), bron: Wet.huurtoeslag.artikel("17", lid: "2")),
    ])

    static let normhuurverlagingEenpersoons = ParameterTable<Money>("verlaging normhuur eenpersoonshuishouden", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 182),
              bron: Wet.huurtoeslag.artikel("17", lid: "3", onderdeel: "a")),
    ])

    static let normhuurverlagingMeerpersoons = ParameterTable<Money>("verlaging normhuur meerpersoonshuishouden", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 363),
              bron: Wet.huurtoeslag.artikel("17", lid: "3", onderdeel: "b")),
    ])

    /// Wet verlaging eigen bijdrage huurtoeslag art. 1: the basishuur of art. 16 is lowered by
    /// a different amount each year (2026: sub c).
    // UNVERIFIED: art. 16 still says "verhoogd met € 12"; the ministry's published 2026
    // basishuur (€ 202,52 / € 200,71) leaves the € 12 out, and so does this engine. A third
    // reproduction (a regelrecht-corpus build script) records the € 12 as nil from 2023
    // ("redactionele correctie bij Stb. 2022/528"); Dienst Toeslagen's "Berekening huurtoeslag
    // 2026" (as reproduced) gives the same basishuur, and its worked examples use it.
    static let basishuurverlaging = ParameterTable<Money>("verlaging basishuur", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 4815),
              bron: Wet.verlagingEigenBijdrageHuurtoeslag.artikel("1", onderdeel: "c")),
    ])

    // UNVERIFIED: Besluit op de huurtoeslag art. 7 is not in the statute corpus; 65% and 40%
    // were read in three agreeing reproductions of the 2026 text (one quoting art. 7 lid 1 and
    // lid 2). The 40% applies to every household: art. 21 lid 1 sub c no longer limits it to
    // AOW, eenpersoons or adapted homes (harmonised from 2025).
    static let percentageTotAftoppingsgrens = ParameterTable<Percentage>(
        "subsidiepercentage kwaliteitskortingsgrens tot aftoppingsgrens", [
            Dated(vanaf: .ymd(2026, 1, 1), Percentage(65), bron: Wet.besluitHuurtoeslag.artikel("7", lid: "1")),
        ])

    static let percentageBovenAftoppingsgrens = ParameterTable<Percentage>(
        "subsidiepercentage boven de aftoppingsgrens", [
            Dated(vanaf: .ymd(2026, 1, 1), Percentage(40), bron: Wet.besluitHuurtoeslag.artikel("7", lid: "2")),
        ])

    static let afbouwpercentageEenpersoons = ParameterTable<Percentage>("afbouwpercentage eenpersoonshuishouden", [
        Dated(vanaf: .ymd(2026, 1, 1), Percentage(27),
              bron: Wet.huurtoeslag.artikel("21", lid: "2", onderdeel: "a")),
    ])

    static let afbouwpercentageMeerpersoons = ParameterTable<Percentage>("afbouwpercentage meerpersoonshuishouden", [
        Dated(vanaf: .ymd(2026, 1, 1), Percentage(22),
              bron: Wet.huurtoeslag.artikel("21", lid: "2", onderdeel: "b")),
    ])

    // UNVERIFIED: the minimum-inkomensijkpunten are not in the statute: art. 27 lid 4 leaves
    // them to the yearly ministerial regulation, for 2026 the Regeling huurtoeslaggrenzen 2026
    // (Stcrt. 2025, 39783), which no stored source reproduces verbatim. € 23.425 / € 31.500 were
    // read in three independent reproductions: an open-source rules file citing Dienst
    // Toeslagen's "Berekening huurtoeslag 2026" (tg0831z62fd, step 6), a calculator citing
    // Dienst Toeslagen's "Bedragen huurtoeslag 2026", the Regeling and Rijksoverheid's
    // "huurtoeslagparameters 2026" (25-11-2025), and a reference page. Both are multiples
    // of € 25, as art. 27 lid 5 requires, and both exceed the art. 17 lid 1 ophogingen below.
    // The 2026 system has no AOW-age variant: art. 17 lid 1 knows only een- and
    // meerpersoonshuishoudens (the ouderen-ijkpunten ended with the 2025 harmonisation).
    // The ijkpunten are set "met ingang van 1 januari" (art. 27 lid 4): no 1 July entry.
    static let minimumInkomensijkpuntEenpersoons = ParameterTable<Money>(
        "minimum-inkomensijkpunt eenpersoonshuishouden", [
            Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 2_342_500), bron: ijkpuntBron(onderdeel: "a", jaar: 2026)),
        ])

    static let minimumInkomensijkpuntMeerpersoons = ParameterTable<Money>(
        "minimum-inkomensijkpunt meerpersoonshuishouden", [
            Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 3_150_000), bron: ijkpuntBron(onderdeel: "b", jaar: 2026)),
        ])

    /// Art. 17 lid 1 defines the ijkpunt; the amount is the one the Regeling huurtoeslaggrenzen
    /// of the year fixes under art. 27 lid 4.
    private static func ijkpuntBron(onderdeel: String, jaar: Int) -> LegalReference {
        LegalReference(wet: .huurtoeslag, artikel: "17", lid: "1", onderdeel: onderdeel,
                       label: "Wet op de huurtoeslag art. 17 lid 1 sub \(onderdeel) "
                           + "(bedrag: Regeling huurtoeslaggrenzen \(jaar))")
    }

    /// Art. 17 lid 1 builds the ijkpunt as a yearly AOW amount *plus* these amounts, so the
    /// ijkpunt is always higher. With an ijkpunt in the tables (every 2026 date) the engine uses
    /// that; these only decide a year without one (a rekeninkomen at or below them is never
    /// reduced), and let a test check the published ijkpunt against the statute.
    static let ijkpuntOphogingEenpersoons = ParameterTable<Money>("ophoging minimum-inkomensijkpunt eenpersoons", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 234_000),
              bron: Wet.huurtoeslag.artikel("17", lid: "1", onderdeel: "a")),
    ])

    static let ijkpuntOphogingMeerpersoons = ParameterTable<Money>("ophoging minimum-inkomensijkpunt meerpersoons", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 251_200),
              bron: Wet.huurtoeslag.artikel("17", lid: "1", onderdeel: "b")),
    ])

    /// Awir art. 7 lid 3 (the huurtoeslag tests vermogen, art. 7 lid 1 Wet op de huurtoeslag).
    static let vermogensgrens = ParameterTable<Money>("vermogensgrens huurtoeslag", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 3_847_900), bron: Wet.awir.artikel("7", lid: "3")),
    ])

    static let vermogensgrensMetPartner = ParameterTable<Money>("vermogensgrens huurtoeslag met partner", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 7_695_800), bron: Wet.awir.artikel("7", lid: "3")),
    ])

    /// Awir art. 7 lid 6: a child under 23 living at home counts only with income above this.
    static let inkomensvrijstellingKind = ParameterTable<Money>("vrijgelaten inkomen medebewonend kind", [
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 621_800), bron: Wet.awir.artikel("7", lid: "6")),
    ])
}
