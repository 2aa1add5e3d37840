import PleinDomain

/// Kinderopvangtoeslag: Wet kinderopvang (BWBR0017017) art. 1.5–1.7 with the Besluit
/// kinderopvangtoeslag (BWBR0017321), which sets the maximum uurprijzen (art. 4 lid 1) and the
/// income table (art. 6, bijlage I; 2026: Stb. 2025, 233). The Besluit is not in the statute
/// corpus: every figure here was read in reproductions of the Besluit and of Dienst Toeslagen's
/// "Bedragen kinderopvangtoeslag", at least two agreeing; see docs/law/toeslagen.md §4.
enum KinderopvangtoeslagTabellen {
    // 2025 maximum uurprijzen: € 10,71 / € 9,52 / € 8,10, read in the nota van toelichting of
    // the 2025 indexation Besluit as reproduced by kinderopvang-wijzer.nl ("indexering 4,83%
    // minus € 0,04") and in Meijburg & Co, Promemorie 2025, § 2.3.1 (31-01-2025); the 2026
    // amounts are exactly these times 1,0484 (kinderopvang.nl: "maximum uurprijzen +4,84%"),
    // which cross-checks all three, including the gastouder price that 2025 raised beyond the
    // indexation of 2024's € 7,53.
    static let maximumUurprijsDagopvang = ParameterTable<Money>("maximum uurprijs dagopvang", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 1071), bron: artikel4(onderdeel: "a")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 1123), bron: artikel4(onderdeel: "a")),
    ])

    static let maximumUurprijsBuitenschoolseOpvang = ParameterTable<Money>(
        "maximum uurprijs buitenschoolse opvang", [
            Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 952), bron: artikel4(onderdeel: "b")),
            Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 998), bron: artikel4(onderdeel: "b")),
        ])

    static let maximumUurprijsGastouderopvang = ParameterTable<Money>("maximum uurprijs gastouderopvang", [
        Dated(vanaf: .ymd(2025, 1, 1), Money(cents: 810), bron: artikel4(onderdeel: "c")),
        Dated(vanaf: .ymd(2026, 1, 1), Money(cents: 849), bron: artikel4(onderdeel: "c")),
    ])

    // UNVERIFIED: the figure (230 hours per child per month) is Dienst Toeslagen's, reproduced
    // by several sources; the article of the Besluit that sets it was not read.
    static let maximumUrenPerMaand = ParameterTable<Int>("maximum aantal uren per kind per maand", [
        Dated(vanaf: .ymd(2025, 1, 1), 230, bron: urenmaximum),
        Dated(vanaf: .ymd(2026, 1, 1), 230, bron: urenmaximum),
    ])

    // UNVERIFIED: the 2025 table (bijlage I as amended by the 2025 indexation Besluit; advice of
    // the Raad van State and nader rapport: Stcrt. 2024, 32578) was not found:
    // stored sources give its row bounds up to € 159.225 (€ 0–47.403, € 47.404–49.108, …,
    // reproduced in a childcare provider's income table that follows them) and the vaste voet
    // of 33,3% for the first child from € 159.225 (nota van toelichting, as reproduced by
    // kinderopvang-wijzer.nl), but no percentage per row. The table therefore starts in 2026
    // and a 2025 peildatum gets no kinderopvangtoeslag amount
    // (docs/law/toeslagen.md §4 lists the searches). The official 2026 table has 69 rows; its
    // first 20 all give 96,0% / 96,0% and are one row here.
    static let toeslagtabel = ParameterTable<[Toeslagschijf]>("kinderopvangtoeslagtabel", [
        Dated(vanaf: .ymd(2026, 1, 1), [
            Toeslagschijf(vanaf: 0, eersteKind: 960, volgendKind: 960),
            Toeslagschijf(vanaf: 56_413, eersteKind: 955, volgendKind: 956),
            Toeslagschijf(vanaf: 58_185, eersteKind: 948, volgendKind: 956),
            Toeslagschijf(vanaf: 59_958, eersteKind: 939, volgendKind: 956),
            Toeslagschijf(vanaf: 61_896, eersteKind: 924, volgendKind: 956),
            Toeslagschijf(vanaf: 65_696, eersteKind: 916, volgendKind: 952),
            Toeslagschijf(vanaf: 69_493, eersteKind: 905, volgendKind: 946),
            Toeslagschijf(vanaf: 73_293, eersteKind: 882, volgendKind: 942),
            Toeslagschijf(vanaf: 77_095, eersteKind: 859, volgendKind: 939),
            Toeslagschijf(vanaf: 80_892, eersteKind: 837, volgendKind: 932),
            Toeslagschijf(vanaf: 84_694, eersteKind: 812, volgendKind: 927),
            Toeslagschijf(vanaf: 88_492, eersteKind: 789, volgendKind: 922),
            Toeslagschijf(vanaf: 92_292, eersteKind: 767, volgendKind: 915),
            Toeslagschijf(vanaf: 96_092, eersteKind: 743, volgendKind: 909),
            Toeslagschijf(vanaf: 99_890, eersteKind: 721, volgendKind: 905),
            Toeslagschijf(vanaf: 103_695, eersteKind: 696, volgendKind: 902),
            Toeslagschijf(vanaf: 107_493, eersteKind: 673, volgendKind: 895),
            Toeslagschijf(vanaf: 111_291, eersteKind: 651, volgendKind: 891),
            Toeslagschijf(vanaf: 115_091, eersteKind: 627, volgendKind: 886),
            Toeslagschijf(vanaf: 118_964, eersteKind: 606, volgendKind: 879),
            Toeslagschijf(vanaf: 122_858, eersteKind: 585, volgendKind: 874),
            Toeslagschijf(vanaf: 126_748, eersteKind: 564, volgendKind: 870),
            Toeslagschijf(vanaf: 130_639, eersteKind: 542, volgendKind: 867),
            Toeslagschijf(vanaf: 134_528, eersteKind: 523, volgendKind: 860),
            Toeslagschijf(vanaf: 138_421, eersteKind: 504, volgendKind: 854),
            Toeslagschijf(vanaf: 142_313, eersteKind: 485, volgendKind: 850),
            Toeslagschijf(vanaf: 146_206, eersteKind: 465, volgendKind: 844),
            Toeslagschijf(vanaf: 150_093, eersteKind: 445, volgendKind: 840),
            Toeslagschijf(vanaf: 153_983, eersteKind: 425, volgendKind: 833),
            Toeslagschijf(vanaf: 157_878, eersteKind: 405, volgendKind: 827),
            Toeslagschijf(vanaf: 161_767, eersteKind: 385, volgendKind: 817),
            Toeslagschijf(vanaf: 165_658, eersteKind: 365, volgendKind: 814),
            Toeslagschijf(vanaf: 169_548, eersteKind: 365, volgendKind: 806),
            Toeslagschijf(vanaf: 173_441, eersteKind: 365, volgendKind: 797),
            Toeslagschijf(vanaf: 177_336, eersteKind: 365, volgendKind: 791),
            Toeslagschijf(vanaf: 181_224, eersteKind: 365, volgendKind: 782),
            Toeslagschijf(vanaf: 185_115, eersteKind: 365, volgendKind: 777),
            Toeslagschijf(vanaf: 189_003, eersteKind: 365, volgendKind: 769),
            Toeslagschijf(vanaf: 192_897, eersteKind: 365, volgendKind: 762),
            Toeslagschijf(vanaf: 196_790, eersteKind: 365, volgendKind: 755),
            Toeslagschijf(vanaf: 200_682, eersteKind: 365, volgendKind: 745),
            Toeslagschijf(vanaf: 204_572, eersteKind: 365, volgendKind: 740),
            Toeslagschijf(vanaf: 208_459, eersteKind: 365, volgendKind: 733),
            Toeslagschijf(vanaf: 212_354, eersteKind: 365, volgendKind: 725),
            Toeslagschijf(vanaf: 216_243, eersteKind: 365, volgendKind: 718),
            Toeslagschijf(vanaf: 220_135, eersteKind: 365, volgendKind: 712),
            Toeslagschijf(vanaf: 224_027, eersteKind: 365, volgendKind: 704),
            Toeslagschijf(vanaf: 227_916, eersteKind: 365, volgendKind: 696),
            Toeslagschijf(vanaf: 231_808, eersteKind: 365, volgendKind: 691),
            Toeslagschijf(vanaf: 235_698, eersteKind: 365, volgendKind: 682),
        ], bron: LegalReference(wet: .besluitKinderopvangtoeslag, artikel: "6",
                                label: "Besluit kinderopvangtoeslag art. 6 en bijlage I")),
    ])

    private static func artikel4(onderdeel: StaticString) -> LegalReference {
        Wet.besluitKinderopvangtoeslag.artikel("4", lid: "1", onderdeel: onderdeel)
    }

    private static let urenmaximum = LegalReference(
        wet: .besluitKinderopvangtoeslag, artikel: nil,
        label: "Besluit kinderopvangtoeslag (maximum aantal uren per kind per maand)")
}
