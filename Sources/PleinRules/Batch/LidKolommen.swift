import PleinDomain

/// The children and other residents of a chunk of households, one array per fact; the members
/// of household `i` are rows `HuishoudenKolommen.ledenStart[i] ..< ledenStart[i + 1]`, children
/// in input order. Amounts are cents; dates `PackedDate`.
public struct LidKolommen: Sendable {
    /// 1 for a child (`Rol.kind`), 0 for another resident (`Rol.overig`).
    public internal(set) var isKind: [UInt8] = []
    public internal(set) var geboortedatum: [Int32] = []
    /// Euro cents per year.
    public internal(set) var toetsingsinkomen: [Int64] = []
    /// `KolomCode` of the exception; 0: none.
    public internal(set) var kostendelerUitzondering: [UInt8] = []
    /// `KolomCode` of the kind of childcare; 0: no childcare.
    public internal(set) var opvangSoort: [UInt8] = []
    public internal(set) var opvangUren: [Int32] = []
    /// Euro cents per hour.
    public internal(set) var opvangUurprijs: [Int64] = []

    public var count: Int { isKind.count }

    mutating func append(_ lid: BatchLid) {
        isKind.append(lid.rol == .kind ? 1 : 0)
        geboortedatum.append(lid.geboortedatum)
        toetsingsinkomen.append(lid.toetsingsinkomen.cents)
        kostendelerUitzondering.append(KolomCode.code(lid.kostendelerUitzondering))
        opvangSoort.append(KolomCode.code(lid.kinderopvang?.soort))
        opvangUren.append(Int32(clamping: lid.kinderopvang?.urenPerMaand ?? 0))
        opvangUurprijs.append(lid.kinderopvang?.uurprijs.cents ?? 0)
    }

    public subscript(index: Int) -> BatchLid {
        BatchLid(rol: isKind[index] == 1 ? .kind : .overig, geboortedatum: geboortedatum[index],
                 toetsingsinkomen: Money(cents: toetsingsinkomen[index]),
                 kostendelerUitzondering: KolomCode.kostendelerUitzondering(kostendelerUitzondering[index]),
                 kinderopvang: kinderopvang(index))
    }

    /// The childcare of row `index`; nil when none.
    @inline(__always)
    func kinderopvang(_ index: Int) -> Kinderopvang? {
        guard let soort = KolomCode.kinderopvangSoort(opvangSoort[index]) else { return nil }
        return Kinderopvang(soort: soort, urenPerMaand: Int(opvangUren[index]),
                            uurprijs: Money(cents: opvangUurprijs[index]))
    }

    mutating func removeLast(_ k: Int) {
        isKind.removeLast(k)
        geboortedatum.removeLast(k)
        toetsingsinkomen.removeLast(k)
        kostendelerUitzondering.removeLast(k)
        opvangSoort.removeLast(k)
        opvangUren.removeLast(k)
        opvangUurprijs.removeLast(k)
    }

    mutating func reserveCapacity(_ capacity: Int) {
        isKind.reserveCapacity(capacity)
        geboortedatum.reserveCapacity(capacity)
        toetsingsinkomen.reserveCapacity(capacity)
        kostendelerUitzondering.reserveCapacity(capacity)
        opvangSoort.reserveCapacity(capacity)
        opvangUren.reserveCapacity(capacity)
        opvangUurprijs.reserveCapacity(capacity)
    }

    mutating func removeAll() { removeLast(count) }
}
