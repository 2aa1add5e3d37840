/// The one list of schemes the engine evaluates, in output order. Local schemes defined in a
/// municipality's configuration (`GemeenteRegelingen.regelingen`) follow these.
public enum SchemeRegistry {
    public static let all: [any Scheme] = [
        Bijstand(),
        Zorgtoeslag(),
        Huurtoeslag(),
        KindgebondenBudget(),
        Kinderopvangtoeslag(),
        IndividueleInkomenstoeslag(),
        Kwijtschelding(),
        BijzondereBijstand(),
    ]

    public static func scheme(code: String) -> (any Scheme)? { all.first { $0.code == code } }
}
