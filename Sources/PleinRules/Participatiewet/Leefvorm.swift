/// The household types the norms distinguish (Participatiewet art. 4).
public enum Leefvorm: String, Hashable, Sendable {
    case alleenstaande
    /// Ongehuwd with the full care of one or more ten laste komende kinderen.
    case alleenstaandeOuder
    /// Married, registered partners or cohabiting (art. 3).
    case gehuwden

    var omschrijving: String {
        switch self {
        case .alleenstaande: return "alleenstaande"
        case .alleenstaandeOuder: return "alleenstaande ouder"
        case .gehuwden: return "gehuwden of samenwonenden"
        }
    }
}
