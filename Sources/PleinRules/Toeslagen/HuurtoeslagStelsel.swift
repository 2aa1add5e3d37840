import PleinDomain

/// How the huurtoeslag depends on the income: the two systems of the Wet op de huurtoeslag.
public enum HuurtoeslagStelsel: Sendable {
    /// To 2025: the basishuur is the normhuur of the rekeninkomen (art. 16–19); the rekenhuur
    /// includes the servicekosten of four kinds, each up to `servicekostenPerSoort` (art. 5
    /// lid 3), and a rekenhuur above the maximale huurgrens gets no huurtoeslag (art. 13 lid 1).
    case normhuurformule(Normhuurfactoren, servicekostenPerSoort: Dated<Money>)
    /// From 2026: a fixed basishuur and an afbouw of a percentage of the rekeninkomen above
    /// the minimum-inkomensijkpunt (art. 21 lid 2); no huurtoeslag over the part of the kale
    /// huur above the maximale huurgrens.
    case lineaireAfbouw(eenpersoons: Dated<Percentage>, meerpersoons: Dated<Percentage>)
}
