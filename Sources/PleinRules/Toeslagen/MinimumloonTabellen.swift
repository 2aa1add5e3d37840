import PleinDomain

/// Wet minimumloon en minimumvakantiebijslag figures that the toeslagen refer to.
enum MinimumloonTabellen {
    /// The amount per month of WML art. 8 lid 1 sub b ("referentiemaandloon"), which the
    /// drempelinkomen of zorgtoeslag and kindgebonden budget is built from. The statute text
    /// keeps the 2023 base amount; art. 14 has it indexed every 1 January and 1 July by
    /// ministerial regulation, and art. 8 lid 2 puts the indexed amount in its place.
    /// Read in: Regeling indexatie WML per 1-1-2025 (SZW 2024-0000675332), Stcrt. 2025, 12264
    /// (per 1-7-2025) and the regeling per 1-1-2026, as reported by several publications (the
    /// regulations themselves are not in the statute corpus); see docs/law/toeslagen.md §0.1.
    // UNVERIFIED: the amount per 2026-07-01 was not found. Only January amounts are read, so
    // the gap does not affect any computation; add the entry when it is known.
    static let maandbedrag = ParameterTable<Money>("minimumloon per maand (WML art. 8 lid 1 sub b)", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 219_180), bron: bron),
        Dated(vanaf: .ymd(2025, 7, 1), Money(cents: 224_580), bron: bron),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 229_440), bron: bron),
    ])

    private static let bron = Wet.minimumloon.artikel("8", lid: "1", onderdeel: "b")
}
