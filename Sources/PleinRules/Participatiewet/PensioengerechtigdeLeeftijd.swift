import PleinDomain

/// The AOW age ("pensioengerechtigde leeftijd", Participatiewet art. 1 sub m, AOW art. 7a),
/// which depends on the calendar year in which it is reached.
public enum PensioengerechtigdeLeeftijd {
    /// Years and months per calendar year in which the age is reached. 2023–2025 read from
    /// AOW art. 7a lid 1 sub l–n (regelrecht-corpus algemene_ouderdomswet/2025-01-01.yaml).
    /// 2026 and 2027 are set under art. 7a lid 2 by publication in the Staatscourant (67 years);
    /// UNVERIFIED against that publication, see docs/law/participatiewet.md.
    static let perJaar: [(jaar: Int, maanden: Int)] = [
        (2023, 66 * 12 + 10), (2024, 67 * 12), (2025, 67 * 12), (2026, 67 * 12), (2027, 67 * 12),
    ]

    public static let bron = Wet.aow.artikel("7a", lid: "1")

    /// Whether someone born on `geboortedatum` has reached the AOW age on `peildatum`: the
    /// age is reached in the year Y in which birth + AOW age(Y) falls.
    public static func bereikt(geboortedatum: CivilDate, op peildatum: CivilDate) -> Bool {
        let eerste = perJaar[0]
        // Reached before the first listed year: everyone then was younger than today's age.
        if geboortedatum.adding(months: eerste.maanden).year < eerste.jaar { return true }
        for (jaar, maanden) in perJaar {
            let datum = geboortedatum.adding(months: maanden)
            if datum.year == jaar { return datum <= peildatum }
        }
        return false
    }
}
