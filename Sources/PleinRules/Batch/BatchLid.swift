import PleinDomain

/// A household member other than aanvrager and partner — a child or another resident — as one
/// row of `LidKolommen`.
public struct BatchLid: Hashable, Sendable {
    /// `.kind` or `.overig`.
    public var rol: Rol
    public var geboortedatum: Int32
    public var toetsingsinkomen: Money
    public var kostendelerUitzondering: KostendelerUitzondering?
    public var kinderopvang: Kinderopvang?

    public init(rol: Rol, geboortedatum: Int32, toetsingsinkomen: Money = .zero,
                kostendelerUitzondering: KostendelerUitzondering? = nil, kinderopvang: Kinderopvang? = nil) {
        precondition(rol == .kind || rol == .overig, "aanvrager and partner have their own columns")
        self.rol = rol
        self.geboortedatum = geboortedatum
        self.toetsingsinkomen = toetsingsinkomen
        self.kostendelerUitzondering = kostendelerUitzondering
        self.kinderopvang = kinderopvang
    }

    public init(_ persoon: Persoon) {
        self.init(rol: persoon.rol, geboortedatum: PackedDate.pack(persoon.geboortedatum),
                  toetsingsinkomen: persoon.toetsingsinkomen,
                  kostendelerUitzondering: persoon.kostendelerUitzondering, kinderopvang: persoon.kinderopvang)
    }
}
