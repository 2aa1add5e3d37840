/// The household types of the synthetic population, with their share of Dutch households
/// (rounded from CBS StatLine "Huishoudens; samenstelling", 2024: about 39% one person, 28%
/// couples without and 23% with children at home, 7% single parents, the rest several adults).
enum Huishoudtype: CaseIterable {
    case alleenstaand
    case paarZonderKinderen
    case paarMetKinderen
    case alleenstaandeOuder
    /// Adults sharing a dwelling without being partners: kostendelers for the bijstand.
    case kostendelers

    /// Per mille of households.
    var aandeel: Int {
        switch self {
        case .alleenstaand: return 390
        case .paarZonderKinderen: return 280
        case .paarMetKinderen: return 230
        case .alleenstaandeOuder: return 70
        case .kostendelers: return 30
        }
    }

    static func trek(_ getal: Int) -> Huishoudtype {
        var rest = getal % 1000
        for type in allCases {
            if rest < type.aandeel { return type }
            rest -= type.aandeel
        }
        return .alleenstaand
    }
}
