import PleinDomain

/// Childcare used for one child, needed for kinderopvangtoeslag.
public struct Kinderopvang: Hashable, Sendable {
    public var soort: KinderopvangSoort
    public var urenPerMaand: Int
    public var uurprijs: Money

    public init(soort: KinderopvangSoort, urenPerMaand: Int, uurprijs: Money) {
        self.soort = soort
        self.urenPerMaand = urenPerMaand
        self.uurprijs = uurprijs
    }
}
