import PleinDomain

/// The Participatiewet figures per valid-from date, each cited to its article.
///
/// Source read for every entry: the consolidated texts of BWBR0015703 as harvested in
/// MinBZK/regelrecht-corpus, `regulation/nl/wet/participatiewet/<date>.yaml`, versions
/// 2025-01-01, 2025-07-01, 2026-01-01 and 2026-07-01 (read 2026; see docs/law/participatiewet.md).
/// Norms are amounts per calendar month including vakantietoeslag (art. 19 lid 3).
enum ParticipatiewetTabellen {
    private static let pw = Wet.participatiewet

    /// The four half-yearly versions: amounts are re-published per 1 January and 1 July
    /// (art. 38), so every table has an entry for each of them even when unchanged.
    private static func halfjaarlijks(_ naam: String, _ bron: LegalReference,
                                      _ cents: (Int64, Int64, Int64, Int64)) -> ParameterTable<Money> {
        ParameterTable(naam, [
            Dated(vanaf: .ymd(2025, 1, 1), Money(cents: cents.0), bron: bron),
            Dated(vanaf: .ymd(2025, 7, 1), Money(cents: cents.1), bron: bron),
            Dated(vanaf: .ymd(2026, 1, 1), Money(cents: cents.2), bron: bron),
            Dated(vanaf: .ymd(2026, 7, 1), Money(cents: cents.3), bron: bron),
        ])
    }

    /// As `halfjaarlijks`, for figures that the law only contains from 2026-01-01 on (added by
    /// the Participatiewet in balans); nil before.
    private static func vanaf2026(_ naam: String, _ bron: LegalReference,
                                  _ cents: (Int64, Int64)) -> ParameterTable<Money?> {
        ParameterTable(naam, [
            Dated(vanaf: .ymd(2025, 1, 1), nil, bron: bron),
            Dated(vanaf: .ymd(2026, 1, 1), Money(cents: cents.0), bron: bron),
            Dated(vanaf: .ymd(2026, 7, 1), Money(cents: cents.1), bron: bron),
        ])
    }

    // MARK: Art. 20 — under 21
    static let alleenstaande18tot21 = halfjaarlijks(
        "norm alleenstaande 18-20 jaar", pw.artikel("20", lid: "1", onderdeel: "a"),
        (332_17, 337_98, 345_99, 350_42))
    static let gehuwdenBeide18tot21 = halfjaarlijks(
        "norm gehuwden beiden 18-20 jaar", pw.artikel("20", lid: "1", onderdeel: "b"),
        (664_34, 675_96, 691_98, 700_84))
    static let gehuwdenEen18tot21 = halfjaarlijks(
        "norm gehuwden, een 18-20 jaar, ander 21+", pw.artikel("20", lid: "1", onderdeel: "c"),
        (1293_21, 1315_88, 1347_06, 1364_32))
    static let alleenstaandeOuder18tot21 = halfjaarlijks(
        "norm alleenstaande ouder 18-20 jaar", pw.artikel("20", lid: "2", onderdeel: "a"),
        (332_17, 337_98, 345_99, 350_42))
    static let gehuwdenBeide18tot21MetKind = halfjaarlijks(
        "norm gehuwden met kind, beiden 18-20 jaar", pw.artikel("20", lid: "2", onderdeel: "b"),
        (1048_75, 1067_12, 1092_41, 1106_40))
    static let gehuwdenEen18tot21MetKind = halfjaarlijks(
        "norm gehuwden met kind, een 18-20 jaar, ander 21+", pw.artikel("20", lid: "2", onderdeel: "c"),
        (1677_62, 1707_04, 1747_49, 1769_88))
    /// Art. 20 lid 3 (from 2026): increase when the young person cannot rely on the parents.
    static let verhogingJongereZonderOuders = vanaf2026(
        "verhoging jongere zonder onderhoud ouders", pw.artikel("20", lid: "3"),
        (746_45, 762_24))

    // MARK: Art. 21 — 21 to AOW age
    static let alleenstaande21 = halfjaarlijks(
        "norm alleenstaande (ouder) 21+", pw.artikel("21", onderdeel: "a"),
        (1345_45, 1369_06, 1401_50, 1419_46))
    static let gehuwden21 = halfjaarlijks(
        "norm gehuwden 21+", pw.artikel("21", onderdeel: "b"),
        (1922_07, 1955_80, 2002_13, 2027_79))

    // MARK: Art. 22 — AOW age
    static let alleenstaandeAOW = halfjaarlijks(
        "norm alleenstaande (ouder) AOW-leeftijd", pw.artikel("22", onderdeel: "a"),
        (1501_07, 1530_21, 1564_69, 1587_34))
    static let gehuwdenBeideAOW = halfjaarlijks(
        "norm gehuwden beiden AOW-leeftijd", pw.artikel("22", onderdeel: "b"),
        (2053_48, 2094_98, 2144_16, 2176_10))
    static let gehuwdenEenAOW = halfjaarlijks(
        "norm gehuwden, een AOW-leeftijd, ander 21+", pw.artikel("22", onderdeel: "c"),
        (2053_48, 2094_98, 2144_16, 2176_10))

    // MARK: Art. 22a lid 3 — young spouse with kostendelers
    static let kostendelerJongeEchtgenootMetKind = halfjaarlijks(
        "kostendelersnorm deel jonge echtgenoot met kind", pw.artikel("22a", lid: "3", onderdeel: "a"),
        (716_58, 729_14, 746_42, 755_98))
    static let kostendelerJongeEchtgenoot = halfjaarlijks(
        "kostendelersnorm deel jonge echtgenoot zonder kind", pw.artikel("22a", lid: "3", onderdeel: "b"),
        (332_17, 337_98, 345_99, 350_42))

    /// Art. 19a lid 1: a kostendelende medebewoner is 27 or older (all supported versions).
    static let kostendelerMinimumleeftijd = ParameterTable<Int>("minimumleeftijd kostendeler", [
        Dated(vanaf: .ymd(2025, 1, 1), 27, bron: pw.artikel("19a", lid: "1")),
    ])

    // MARK: Art. 31 lid 2 — earnings exemptions (regime until 2025-12-31, see VrijlatingsRegime)
    static let vrijlatingArbeidMaximum = halfjaarlijks(
        "vrijlating inkomsten uit arbeid (25%), maximum", pw.artikel("31", lid: "2", onderdeel: "n"),
        (273_00, 278_00, 285_00, 285_00))
    static let vrijlatingAlleenstaandeOuderMaximum = halfjaarlijks(
        "vrijlating alleenstaande ouder (12,5%), maximum", pw.artikel("31", lid: "2", onderdeel: "r"),
        (170_61, 173_87, 177_66, 177_66))
    static let vrijlatingMedischUrenbeperktMaximum = halfjaarlijks(
        "vrijlating medisch urenbeperkt (15%), maximum", pw.artikel("31", lid: "2", onderdeel: "y"),
        (173_04, 176_35, 180_19, 180_19))

    /// Art. 34a lid 1 sub c (from 2026): AOW-age exemption 25% up to this amount.
    static let vrijlatingAOWMaximum34a = vanaf2026(
        "vrijlating AOW-leeftijd art. 34a (25%), maximum", pw.artikel("34a", lid: "1", onderdeel: "c"),
        (226_00, 226_00))

    /// Which earnings-exemption regime applies; see `VrijlatingsRegime` for the reasoning.
    static let vrijlatingsRegime = ParameterTable<VrijlatingsRegime>("vrijlatingsregime", [
        Dated(vanaf: .ymd(2025, 1, 1), .artikel31, bron: pw.artikel("31", lid: "2")),
        Dated(vanaf: .ymd(2026, 1, 1), .artikel34a, bron: pw.artikel("34a")),
    ])

    // MARK: Art. 34 — vermogen
    static let vermogensgrensAlleenstaande = halfjaarlijks(
        "vermogensgrens alleenstaande", pw.artikel("34", lid: "3", onderdeel: "a"),
        (7770_00, 7770_00, 8000_00, 8000_00))
    static let vermogensgrensAlleenstaandeOuder = halfjaarlijks(
        "vermogensgrens alleenstaande ouder", pw.artikel("34", lid: "3", onderdeel: "b"),
        (15540_00, 15540_00, 16000_00, 16000_00))
    static let vermogensgrensGehuwden = halfjaarlijks(
        "vermogensgrens gehuwden", pw.artikel("34", lid: "3", onderdeel: "c"),
        (15540_00, 15540_00, 16000_00, 16000_00))
    static let vrijlatingEigenWoning = halfjaarlijks(
        "vrijgelaten vermogen in eigen woning", pw.artikel("34", lid: "2", onderdeel: "d"),
        (65500_00, 65500_00, 67500_00, 67500_00))
}
