import PleinDomain

/// Wet op het kindgebonden budget (BWBR0022751). Read in MinBZK/regelrecht-corpus,
/// regulation/nl/wet/wet_op_het_kindgebonden_budget/2025-01-01.yaml, 2026-01-01.yaml and
/// 2026-07-01.yaml (statute text; the July 2026 text has the same amounts); see
/// docs/law/toeslagen.md §3. The amounts apply per berekeningsjaar.
enum KindgebondenBudgetTabellen {
    /// Art. 2 lid 2: for the first child and for each next child the same amount.
    static let bedragPerKind = ParameterTable<Money>("kindgebonden budget per kind", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 251_100), bron: artikel2(lid: "2")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 258_000), bron: artikel2(lid: "2")),
    ])

    /// Art. 2 lid 4: supplement for a child of 12 up to 16.
    static let verhoging12tot16 = ParameterTable<Money>("verhoging kind van 12 tot 16 jaar", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 70_300), bron: artikel2(lid: "4")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 72_400), bron: artikel2(lid: "4")),
    ])

    /// Art. 2 lid 5: supplement for a child of 16 or 17.
    static let verhoging16en17 = ParameterTable<Money>("verhoging kind van 16 of 17 jaar", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 93_600), bron: artikel2(lid: "5")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 96_400), bron: artikel2(lid: "5")),
    ])

    /// Art. 2 lid 6: the alleenstaande-ouderkop for a parent without partner.
    static let alleenstaandeOuderkop = ParameterTable<Money>("alleenstaande-ouderkop", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 338_900), bron: artikel2(lid: "6")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 341_600), bron: artikel2(lid: "6")),
    ])

    /// Art. 2 lid 7 and 8, with art. 3 lid 5 setting 7,60% from 2026.
    static let afbouwpercentage = ParameterTable<Percentage>("afbouwpercentage", [
        Dated(vanaf: .ymd(2025, 1, 1), Percentage(duizendsten: 7100), bron: artikel2(lid: "7")),
        Dated(vanaf: .ymd(2026, 1, 1), Percentage(duizendsten: 7600),
              bron: Wet.kindgebondenBudget.artikel("3", lid: "5", onderdeel: "a")),
    ])

    /// Art. 2 lid 8: how much higher the drempel lies for a parent with a partner.
    static let verhogingDrempelMetPartner = ParameterTable<Money>("verhoging drempelinkomen met partner", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 913_900), bron: artikel2(lid: "8")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 940_500), bron: artikel2(lid: "8")),
    ])

    /// Art. 1 lid 4: rendementsgrondslag at the start of the year, without partner.
    static let vermogensgrensZonderPartner = ParameterTable<Money>("vermogensgrens zonder partner", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 14_189_600), bron: artikel1lid4),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 14_601_100), bron: artikel1lid4),
    ])

    /// Art. 1 lid 4: joint rendementsgrondslag with the same partner the whole year.
    static let vermogensgrensMetPartner = ParameterTable<Money>("vermogensgrens met partner", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 17_942_900), bron: artikel1lid4),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 18_463_300), bron: artikel1lid4),
    ])

    private static func artikel2(lid: StaticString) -> LegalReference {
        Wet.kindgebondenBudget.artikel("2", lid: lid)
    }

    private static let artikel1lid4 = Wet.kindgebondenBudget.artikel("1", lid: "4")
}
