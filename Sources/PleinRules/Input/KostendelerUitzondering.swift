/// Why an adult in the dwelling does not count as a kostendeler. The cases follow
/// Participatiewet art. 19a lid 1; each needs a fact the household itself does not show.
public enum KostendelerUitzondering: String, Hashable, Sendable, CaseIterable {
    /// Follows education for which studiefinanciering (WSF 2000) or a WTOS tegemoetkoming
    /// can exist, or a BBL course (art. 19a lid 1 sub d).
    case studiefinanciering
    /// Rents from, or lets to, the aanvrager on a commercial basis (art. 19a lid 1 sub b and c).
    case commercieleHuur
}
