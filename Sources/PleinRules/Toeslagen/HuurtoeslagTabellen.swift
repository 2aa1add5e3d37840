import PleinDomain

/// Wet op de huurtoeslag (BWBR0008659) in its two systems; see docs/law/toeslagen.md §2.
/// - 2025 (text valid 2025-01-01): the rekenhuur includes capped servicekosten, a rekenhuur
///   above the maximale huurgrens gets no huurtoeslag at all (art. 13), and the basishuur follows
///   the income through the normhuur formula a·Y² + b·Y (art. 17–19).
/// - From 2026 (text valid 2026-01-01): a fixed basishuur with a linear afbouw above the
///   minimum-inkomensijkpunt, the kale huur only, and no huurtoeslag over the rent above the
///   maximale huurgrens.
/// Read in MinBZK/regelrecht-corpus, regulation/nl/wet/wet_op_de_huurtoeslag/2025-01-01.yaml
/// and 2026-01-01.yaml, wet_verlaging_eigen_bijdrage_huurtoeslag/2026-01-01.yaml and
/// algemene_wet_inkomensafhankelijke_regelingen/2025-01-01.yaml and 2026-01-01.yaml.
enum HuurtoeslagTabellen {
    /// The first day of the system with a linear afbouw (Wet op de huurtoeslag as amended by
    /// the Wet huurtoeslag per 1 januari 2026); before it the normhuur formula applies.
    static let lineaireAfbouwVanaf = CivilDate.ymd(2026, 1, 1)

    static let maximaleHuurgrens = ParameterTable<Money>("maximale huurgrens", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 90_007),
              bron: Wet.huurtoeslag.artikel("13", lid: "1", onderdeel: "a")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 93_293),
              bron: Wet.huurtoeslag.artikel("13", lid: "1", onderdeel: "a")),
    ])

    /// For a household of only persons under `leeftijdJongeren` without a child or a handicap.
    static let maximaleHuurgrensJongeren = ParameterTable<Money>("maximale huurgrens jongeren", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 47_720),
              bron: Wet.huurtoeslag.artikel("13", lid: "1", onderdeel: "b")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 49_820),
              bron: Wet.huurtoeslag.artikel("13", lid: "1", onderdeel: "b")),
    ])

    /// The age from which one member makes the general maximale huurgrens apply (art. 13 lid 1
    /// sub a under 1°: 23 in 2025, 21 from 2026).
    static let leeftijdJongeren = ParameterTable<Int>("leeftijd voor de algemene maximale huurgrens", [
        Dated(vanaf: .ymd(2025, 1, 1), 23, bron: Wet.huurtoeslag.artikel("13", lid: "1", onderdeel: "a")),
        Dated(vanaf: .ymd(2026, 1, 1), 21, bron: Wet.huurtoeslag.artikel("13", lid: "1", onderdeel: "a")),
    ])

    static let kwaliteitskortingsgrens = ParameterTable<Money>("kwaliteitskortingsgrens", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 47_720), bron: Wet.huurtoeslag.artikel("20", lid: "1")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 49_820), bron: Wet.huurtoeslag.artikel("20", lid: "1")),
    ])

    static let aftoppingsgrensEenOfTwee = ParameterTable<Money>("aftoppingsgrens 1 of 2 personen", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 68_296),
              bron: Wet.huurtoeslag.artikel("20", lid: "2", onderdeel: "a")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 71_302),
              bron: Wet.huurtoeslag.artikel("20", lid: "2", onderdeel: "a")),
    ])

    static let aftoppingsgrensDrieOfMeer = ParameterTable<Money>("aftoppingsgrens 3 of meer personen", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 73_193),
              bron: Wet.huurtoeslag.artikel("20", lid: "2", onderdeel: "b")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 76_414),
              bron: Wet.huurtoeslag.artikel("20", lid: "2", onderdeel: "b")),
    ])

    static let normhuur = ParameterTable<Money>("normhuur bij het minimum-inkomensijkpunt", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 23_801), bron: Wet.huurtoeslag.artikel("17", lid: "2")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 25_249), bron: Wet.huurtoeslag.artikel("17", lid: "2")),
    ])

    static let normhuurverlagingEenpersoons = ParameterTable<Money>("verlaging normhuur eenpersoonshuishouden", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 182),
              bron: Wet.huurtoeslag.artikel("17", lid: "3", onderdeel: "a")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 182),
              bron: Wet.huurtoeslag.artikel("17", lid: "3", onderdeel: "a")),
    ])

    static let normhuurverlagingMeerpersoons = ParameterTable<Money>("verlaging normhuur meerpersoonshuishouden", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 363),
              bron: Wet.huurtoeslag.artikel("17", lid: "3", onderdeel: "b")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 363),
              bron: Wet.huurtoeslag.artikel("17", lid: "3", onderdeel: "b")),
    ])

    /// Wet verlaging eigen bijdrage huurtoeslag art. 1: the basishuur of art. 16 is lowered by
    /// a different amount each year (2025: sub b, 2026: sub c).
    // UNVERIFIED: art. 16 still says "verhoogd met € 12"; the ministry's published 2026
    // basishuur (€ 202,52 / € 200,71) leaves the € 12 out, and so does this engine. A third
    // reproduction (a regelrecht-corpus build script) records the € 12 as nil from 2023
    // ("redactionele correctie bij Stb. 2022/528"); Dienst Toeslagen's "Berekening huurtoeslag
    // 2026" (as reproduced) gives the same basishuur, and its worked examples use it.
    static let basishuurverlaging = ParameterTable<Money>("verlaging basishuur", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 3714),
              bron: Wet.verlagingEigenBijdrageHuurtoeslag.artikel("1", onderdeel: "b")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 4815),
              bron: Wet.verlagingEigenBijdrageHuurtoeslag.artikel("1", onderdeel: "c")),
    ])

    // UNVERIFIED: Besluit op de huurtoeslag art. 7 is not in the statute corpus; 65% and 40%
    // were read in three agreeing reproductions of the 2026 text (one quoting art. 7 lid 1 and
    // lid 2). The 40% applies to every household: art. 21 lid 1 sub c no longer limits it to
    // AOW, eenpersoons or adapted homes (harmonised from 2025).
    static let percentageTotAftoppingsgrens = ParameterTable<Percentage>(
        "subsidiepercentage kwaliteitskortingsgrens tot aftoppingsgrens", [
            Dated(vanaf: .ymd(2025, 1, 1), Percentage(65), bron: Wet.besluitHuurtoeslag.artikel("7", lid: "1")),
            Dated(vanaf: .ymd(2026, 1, 1), Percentage(65), bron: Wet.besluitHuurtoeslag.artikel("7", lid: "1")),
        ])

    static let percentageBovenAftoppingsgrens = ParameterTable<Percentage>(
        "subsidiepercentage boven de aftoppingsgrens", [
            Dated(vanaf: .ymd(2025, 1, 1), Percentage(40), bron: Wet.besluitHuurtoeslag.artikel("7", lid: "2")),
            Dated(vanaf: .ymd(2026, 1, 1), Percentage(40), bron: Wet.besluitHuurtoeslag.artikel("7", lid: "2")),
        ])

    /// Art. 5 lid 3 (to 2025): servicekosten count for four kinds of service only, each up to
    /// this amount per month. From 2026 the rekenhuur is the kale huur (art. 5 lid 1).
    static let servicekostenPerSoort = ParameterTable<Money>("maximum servicekosten per soort", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 1200), bron: Wet.huurtoeslag.artikel("5", lid: "3")),
    ])

    static let factorAEenpersoons = ParameterTable<NormhuurFactor>("factor a eenpersoonshuishouden", [
        Dated(vanaf: .ymd(2025, 1, 1), NormhuurFactor(biljoensten: 438_698), bron: factorBron(jaar: 2025)),
    ])

    static let factorBEenpersoons = ParameterTable<NormhuurFactor>("factor b eenpersoonshuishouden", [
        Dated(vanaf: .ymd(2025, 1, 1), NormhuurFactor(biljoensten: 446_392_665), bron: factorBron(jaar: 2025)),
    ])

    static let factorAMeerpersoons = ParameterTable<NormhuurFactor>("factor a meerpersoonshuishouden", [
        Dated(vanaf: .ymd(2025, 1, 1), NormhuurFactor(biljoensten: 298_184), bron: factorBron(jaar: 2025)),
    ])

    static let factorBMeerpersoons = ParameterTable<NormhuurFactor>("factor b meerpersoonshuishouden", [
        Dated(vanaf: .ymd(2025, 1, 1), NormhuurFactor(biljoensten: -1_382_497_146), bron: factorBron(jaar: 2025)),
    ])

    /// Art. 18 (to 2025): the second point the factors are derived from (art. 19 lid 2); the
    /// engine does not need it, HuurtoeslagTests checks the factors against it.
    static let referentieInkomensijkpuntEenpersoons = ParameterTable<Money>("referentie-inkomensijkpunt eenpersoons", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 3_262_500), bron: Wet.huurtoeslag.artikel("18", lid: "1", onderdeel: "a")),
    ])

    static let referentieInkomensijkpuntMeerpersoons = ParameterTable<Money>("referentie-inkomensijkpunt meerpersoons", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 4_247_500), bron: Wet.huurtoeslag.artikel("18", lid: "1", onderdeel: "b")),
    ])

    static let referentieNormhuur = ParameterTable<Money>("normhuur bij het referentie-inkomensijkpunt", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 48_378), bron: Wet.huurtoeslag.artikel("18", lid: "2")),
    ])

    static let referentieNormhuurverlagingEenpersoons = ParameterTable<Money>("verlaging referentienormhuur eenpersoons", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 227), bron: Wet.huurtoeslag.artikel("18", lid: "3", onderdeel: "a")),
    ])

    static let referentieNormhuurverlagingMeerpersoons = ParameterTable<Money>("verlaging referentienormhuur meerpersoons", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 454), bron: Wet.huurtoeslag.artikel("18", lid: "3", onderdeel: "b")),
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
    // UNVERIFIED, 2025: € 22.700 / € 30.450, with the factors a and b below, from one
    // reproduction of the Regeling huurtoeslaggrenzen 2025 (robinballs/huurtoeslag-2025-tool,
    // huurtoeslag-2025.json, no citation). Cross-checks: the factors put the normhuur of the
    // formula exactly on the statute's normhuur at both the minimum- and the
    // referentie-inkomensijkpunt (art. 17 lid 2–3, art. 18; HuurtoeslagTests checks this), and
    // the single-person figures reproduce, to the euro, all sixteen monthly amounts a newspaper
    // published for 2025 (metronieuws.nl, January 2025: rent € 900, incomes € 22.000–46.500).
    // No published couple's table was found to test the meerpersoons figures the same way.
    static let minimumInkomensijkpuntEenpersoons = ParameterTable<Money>(
        "minimum-inkomensijkpunt eenpersoonshuishouden", [
            Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 2_270_000), bron: ijkpuntBron(onderdeel: "a", jaar: 2025)),
            Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 2_342_500), bron: ijkpuntBron(onderdeel: "a", jaar: 2026)),
        ])

    static let minimumInkomensijkpuntMeerpersoons = ParameterTable<Money>(
        "minimum-inkomensijkpunt meerpersoonshuishouden", [
            Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 3_045_000), bron: ijkpuntBron(onderdeel: "b", jaar: 2025)),
            Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 3_150_000), bron: ijkpuntBron(onderdeel: "b", jaar: 2026)),
        ])

    /// Art. 19 lid 2 defines the formula; the factors are the ones the Regeling
    /// huurtoeslaggrenzen of the year fixes under art. 19 lid 4.
    private static func factorBron(jaar: Int) -> LegalReference {
        LegalReference(wet: .huurtoeslag, artikel: "19", lid: "2",
                       label: "Wet op de huurtoeslag art. 19 lid 2 (factoren: Regeling huurtoeslaggrenzen \(jaar))")
    }

    /// Art. 17 lid 1 defines the ijkpunt; the amount is the one the Regeling huurtoeslaggrenzen
    /// of the year fixes under art. 27 lid 4.
    private static func ijkpuntBron(onderdeel: String, jaar: Int) -> LegalReference {
        LegalReference(wet: .huurtoeslag, artikel: "17", lid: "1", onderdeel: onderdeel,
                       label: "Wet op de huurtoeslag art. 17 lid 1 sub \(onderdeel) "
                           + "(bedrag: Regeling huurtoeslaggrenzen \(jaar))")
    }

    /// Art. 17 lid 1 builds the ijkpunt as a yearly AOW amount *plus* these amounts, so the
    /// ijkpunt is always higher. The engine uses the ijkpunten of the Regeling (every supported
    /// year has them); these statutory amounts let HuurtoeslagTests check those against the law.
    static let ijkpuntOphogingEenpersoons = ParameterTable<Money>("ophoging minimum-inkomensijkpunt eenpersoons", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 234_000),
              bron: Wet.huurtoeslag.artikel("17", lid: "1", onderdeel: "a")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 234_000),
              bron: Wet.huurtoeslag.artikel("17", lid: "1", onderdeel: "a")),
    ])

    static let ijkpuntOphogingMeerpersoons = ParameterTable<Money>("ophoging minimum-inkomensijkpunt meerpersoons", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 251_200),
              bron: Wet.huurtoeslag.artikel("17", lid: "1", onderdeel: "b")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 251_200),
              bron: Wet.huurtoeslag.artikel("17", lid: "1", onderdeel: "b")),
    ])

    /// Awir art. 7 lid 3 (the huurtoeslag tests vermogen, art. 7 lid 1 Wet op de huurtoeslag).
    static let vermogensgrens = ParameterTable<Money>("vermogensgrens huurtoeslag", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 3_739_500), bron: Wet.awir.artikel("7", lid: "3")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 3_847_900), bron: Wet.awir.artikel("7", lid: "3")),
    ])

    static let vermogensgrensMetPartner = ParameterTable<Money>("vermogensgrens huurtoeslag met partner", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 7_479_000), bron: Wet.awir.artikel("7", lid: "3")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 7_695_800), bron: Wet.awir.artikel("7", lid: "3")),
    ])

    /// Awir art. 7 lid 6: a child under 23 living at home counts only with income above this.
    static let inkomensvrijstellingKind = ParameterTable<Money>("vrijgelaten inkomen medebewonend kind", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 604_200), bron: Wet.awir.artikel("7", lid: "6")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 621_800), bron: Wet.awir.artikel("7", lid: "6")),
    ])
}
