import PleinDomain

/// The aanvrager or partner as one row of `PersoonKolommen`: the facts the schemes read about
/// an adult of the bijstand unit, in the columns' encoding.
public struct BatchPersoon: Hashable, Sendable {
    public var geboortedatum: Int32
    public var toetsingsinkomen: Money
    public var nettoInkomen: Money
    public var nettoArbeidsinkomen: Money
    /// `PackedDate.geen` when not given (the schemes then take the peildatum).
    public var werktSinds: Int32
    public var medischUrenbeperkt: Bool
    public var geenOnderhoudOuders: Bool

    public init(geboortedatum: Int32, toetsingsinkomen: Money = .zero, nettoInkomen: Money = .zero,
                nettoArbeidsinkomen: Money = .zero, werktSinds: Int32 = PackedDate.geen,
                medischUrenbeperkt: Bool = false, geenOnderhoudOuders: Bool = false) {
        self.geboortedatum = geboortedatum
        self.toetsingsinkomen = toetsingsinkomen
        self.nettoInkomen = nettoInkomen
        self.nettoArbeidsinkomen = nettoArbeidsinkomen
        self.werktSinds = werktSinds
        self.medischUrenbeperkt = medischUrenbeperkt
        self.geenOnderhoudOuders = geenOnderhoudOuders
    }

    public init(_ persoon: Persoon) {
        self.init(geboortedatum: PackedDate.pack(persoon.geboortedatum), toetsingsinkomen: persoon.toetsingsinkomen,
                  nettoInkomen: persoon.nettoInkomenPerMaand, nettoArbeidsinkomen: persoon.nettoArbeidsinkomenPerMaand,
                  werktSinds: persoon.werktSinds.map(PackedDate.pack) ?? PackedDate.geen,
                  medischUrenbeperkt: persoon.medischUrenbeperkt, geenOnderhoudOuders: persoon.geenOnderhoudOuders)
    }
}
