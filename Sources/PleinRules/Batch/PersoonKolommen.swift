import PleinDomain

/// One adult role (aanvrager or partner) of a chunk of households, one array per fact.
/// Amounts are cents; dates `PackedDate`.
public struct PersoonKolommen: Sendable {
    /// `PackedDate.geen` in the partner columns: no partner.
    public internal(set) var geboortedatum: [Int32] = []
    /// Euro cents per year (Awir art. 8).
    public internal(set) var toetsingsinkomen: [Int64] = []
    /// Euro cents per month.
    public internal(set) var nettoInkomen: [Int64] = []
    public internal(set) var nettoArbeidsinkomen: [Int64] = []
    public internal(set) var werktSinds: [Int32] = []
    /// `Kenmerk` bits.
    public internal(set) var kenmerken: [UInt8] = []

    enum Kenmerk {
        static let medischUrenbeperkt: UInt8 = 1
        static let geenOnderhoudOuders: UInt8 = 2
    }

    mutating func append(_ persoon: BatchPersoon) {
        geboortedatum.append(persoon.geboortedatum)
        toetsingsinkomen.append(persoon.toetsingsinkomen.cents)
        nettoInkomen.append(persoon.nettoInkomen.cents)
        nettoArbeidsinkomen.append(persoon.nettoArbeidsinkomen.cents)
        werktSinds.append(persoon.werktSinds)
        kenmerken.append((persoon.medischUrenbeperkt ? Kenmerk.medischUrenbeperkt : 0)
                         | (persoon.geenOnderhoudOuders ? Kenmerk.geenOnderhoudOuders : 0))
    }

    public subscript(index: Int) -> BatchPersoon {
        BatchPersoon(geboortedatum: geboortedatum[index], toetsingsinkomen: Money(cents: toetsingsinkomen[index]),
                     nettoInkomen: Money(cents: nettoInkomen[index]),
                     nettoArbeidsinkomen: Money(cents: nettoArbeidsinkomen[index]), werktSinds: werktSinds[index],
                     medischUrenbeperkt: kenmerken[index] & Kenmerk.medischUrenbeperkt != 0,
                     geenOnderhoudOuders: kenmerken[index] & Kenmerk.geenOnderhoudOuders != 0)
    }

    mutating func reserveCapacity(_ capacity: Int) {
        geboortedatum.reserveCapacity(capacity)
        toetsingsinkomen.reserveCapacity(capacity)
        nettoInkomen.reserveCapacity(capacity)
        nettoArbeidsinkomen.reserveCapacity(capacity)
        werktSinds.reserveCapacity(capacity)
        kenmerken.reserveCapacity(capacity)
    }

    mutating func removeAll() {
        geboortedatum.removeAll(keepingCapacity: true)
        toetsingsinkomen.removeAll(keepingCapacity: true)
        nettoInkomen.removeAll(keepingCapacity: true)
        nettoArbeidsinkomen.removeAll(keepingCapacity: true)
        werktSinds.removeAll(keepingCapacity: true)
        kenmerken.removeAll(keepingCapacity: true)
    }
}
