import PleinDomain

/// Wet op de zorgtoeslag (BWBR0018451). Read in MinBZK/regelrecht-corpus,
/// regulation/nl/wet/wet_op_de_zorgtoeslag/2026-01-01.yaml (statute text) and 2025-01-01.yaml
/// (a paraphrase of the statute whose figures agree with the published ones); see
/// docs/law/toeslagen.md §1. The law fixes every figure per berekeningsjaar, so each table has
/// one entry per 1 January.
enum ZorgtoeslagTabellen {
    /// Art. 4: set by ministerial regulation before the year. 2026: Regeling standaardpremie en
    /// bestuursrechtelijke premies 2026 (as reported, VN Vandaag 26-11-2025).
    // UNVERIFIED: the 2025 amount (€ 2.112) was read only in publications, not in the regeling;
    // the tests pin the published maximum zorgtoeslag 2025 that it reproduces.
    static let standaardpremie = ParameterTable<Money>("standaardpremie", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 211_200), bron: Wet.zorgtoeslag.artikel("4")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 211_900), bron: Wet.zorgtoeslag.artikel("4")),
    ])

    /// Art. 2 lid 3: normpremie percentage of the drempelinkomen, verzekerde without partner.
    static let drempelpercentageZonderPartner = ParameterTable<Percentage>(
        "normpremie: percentage van het drempelinkomen zonder partner", [
            Dated(vanaf: .ymd(2025, 1, 1), Percentage(duizendsten: 1896), bron: lid3),
            Dated(vanaf: .ymd(2026, 1, 1), Percentage(duizendsten: 1912), bron: lid3),
        ])

    /// Art. 2 lid 3: normpremie percentage of the drempelinkomen, verzekerde with partner.
    static let drempelpercentageMetPartner = ParameterTable<Percentage>(
        "normpremie: percentage van het drempelinkomen met partner", [
            Dated(vanaf: .ymd(2025, 1, 1), Percentage(duizendsten: 4273), bron: lid3),
            Dated(vanaf: .ymd(2026, 1, 1), Percentage(duizendsten: 4289), bron: lid3),
        ])

    /// Art. 2 lid 3: percentage of the toetsingsinkomen above the drempelinkomen.
    static let inkomenspercentage = ParameterTable<Percentage>(
        "normpremie: percentage van het inkomen boven het drempelinkomen", [
            Dated(vanaf: .ymd(2025, 1, 1), Percentage(duizendsten: 13_700), bron: lid3),
            Dated(vanaf: .ymd(2026, 1, 1), Percentage(duizendsten: 13_730), bron: lid3),
        ])

    /// Art. 3 lid 1: rendementsgrondslag at the start of the year, without partner.
    static let vermogensgrensZonderPartner = ParameterTable<Money>("vermogensgrens zonder partner", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 14_189_600), bron: artikel3),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 14_601_100), bron: artikel3),
    ])

    /// Art. 3 lid 1: joint rendementsgrondslag with the same partner the whole year.
    static let vermogensgrensMetPartner = ParameterTable<Money>("vermogensgrens met partner", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 17_942_900), bron: artikel3),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 18_463_300), bron: artikel3),
    ])

    private static let lid3 = Wet.zorgtoeslag.artikel("2", lid: "3")
    private static let artikel3 = Wet.zorgtoeslag.artikel("3", lid: "1")
}
