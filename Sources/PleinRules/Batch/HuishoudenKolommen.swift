import PleinDomain

/// A chunk of households in columns (struct of arrays), the batch kernel's input: one array
/// per fact, so the kernel streams through memory and appending a row allocates nothing once
/// the capacity is there. The peildatum is the kernel's, not a column. Amounts are cents,
/// dates `PackedDate`, optional facts use the `onbekend` sentinels.
public struct HuishoudenKolommen: Sendable {
    /// The sentinel for an unknown amount (`Huishouden.vermogen == nil`, …).
    public static let onbekend = Int64.min
    /// The sentinel for unknown `maandenLaagInkomen`.
    public static let onbekendAantal: Int32 = -1

    public private(set) var count = 0
    /// 0: no municipality; k: `BatchKernel.gemeenten[k - 1]`.
    public private(set) var gemeente: [UInt8] = []
    public private(set) var vermogen: [Int64] = []
    /// `KolomCode` of the `WoningSoort`; 0: no woning given.
    public private(set) var woning: [UInt8] = []
    /// Euro cents per month.
    public private(set) var kaleHuur: [Int64] = []
    /// Euro cents per month.
    public private(set) var servicekosten: [Int64] = []
    public private(set) var overwaarde: [Int64] = []
    public private(set) var maandenLaagInkomen: [Int32] = []
    /// Euro cents per year.
    public private(set) var gemeentelijkeBelastingen: [Int64] = []
    public private(set) var aanvrager = PersoonKolommen()
    public private(set) var partner = PersoonKolommen()
    /// `count + 1` offsets into `leden`: household `i` has rows `ledenStart[i] ..< ledenStart[i + 1]`.
    public private(set) var ledenStart: [Int32] = [0]
    public private(set) var leden = LidKolommen()

    public init(capacity: Int = 0) {
        reserveCapacity(capacity)
    }

    /// Adds a child or other resident to the household that the next `append` completes.
    public mutating func appendLid(_ lid: BatchLid) {
        leden.append(lid)
    }

    /// Drops the members added since the last completed household (a row that turned out
    /// malformed).
    public mutating func verwerpLeden() {
        leden.removeLast(leden.count - Int(ledenStart[count]))
    }

    /// Completes a household with the members added by `appendLid` since the previous one.
    public mutating func append(gemeente: UInt8, vermogen: Money?, woning: WoningSoort?, kaleHuur: Money,
                                servicekosten: Money, overwaarde: Money?, maandenLaagInkomen: Int?, gemeentelijkeBelastingen: Money?,
                                aanvrager: BatchPersoon, partner: BatchPersoon?) {
        self.gemeente.append(gemeente)
        self.vermogen.append(vermogen?.cents ?? Self.onbekend)
        self.woning.append(KolomCode.code(woning))
        self.kaleHuur.append(kaleHuur.cents)
        self.servicekosten.append(servicekosten.cents)
        self.overwaarde.append(overwaarde?.cents ?? Self.onbekend)
        self.maandenLaagInkomen.append(maandenLaagInkomen.map { Int32(clamping: $0) } ?? Self.onbekendAantal)
        self.gemeentelijkeBelastingen.append(gemeentelijkeBelastingen?.cents ?? Self.onbekend)
        self.aanvrager.append(aanvrager)
        self.partner.append(partner ?? BatchPersoon(geboortedatum: PackedDate.geen))
        ledenStart.append(Int32(leden.count))
        count += 1
    }

    /// Empties the chunk for the next one, keeping the capacity.
    public mutating func removeAll() {
        count = 0
        gemeente.removeAll(keepingCapacity: true)
        vermogen.removeAll(keepingCapacity: true)
        woning.removeAll(keepingCapacity: true)
        kaleHuur.removeAll(keepingCapacity: true)
        servicekosten.removeAll(keepingCapacity: true)
        overwaarde.removeAll(keepingCapacity: true)
        maandenLaagInkomen.removeAll(keepingCapacity: true)
        gemeentelijkeBelastingen.removeAll(keepingCapacity: true)
        aanvrager.removeAll()
        partner.removeAll()
        ledenStart.removeAll(keepingCapacity: true)
        ledenStart.append(0)
        leden.removeAll()
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        gemeente.reserveCapacity(capacity)
        vermogen.reserveCapacity(capacity)
        woning.reserveCapacity(capacity)
        kaleHuur.reserveCapacity(capacity)
        servicekosten.reserveCapacity(capacity)
        overwaarde.reserveCapacity(capacity)
        maandenLaagInkomen.reserveCapacity(capacity)
        gemeentelijkeBelastingen.reserveCapacity(capacity)
        aanvrager.reserveCapacity(capacity)
        partner.reserveCapacity(capacity)
        ledenStart.reserveCapacity(capacity + 1)
        // Households average under two children and other residents.
        leden.reserveCapacity(capacity * 2)
    }

    /// The optional amount in `column` at `index`.
    public static func bedrag(_ cents: Int64) -> Money? { cents == onbekend ? nil : Money(cents: cents) }
}
