import PleinDomain

extension Zorgtoeslag {
    /// The decisions of `evaluate` on plain facts, without text or trace, for the batch kernel
    /// (allocation-free): a verzekerde from the month after the 18th birthday (art. 1 lid 1
    /// sub c), the vermogen test, then the yearly amount of `jaarbedrag`.
    static func kernel(geboortemaandAanvrager: Int, maandnummer: Int, metPartner: Bool, vermogen: Money?,
                       toetsingsinkomen: Money, _ p: ZorgtoeslagParameters) -> KernelUitkomst {
        guard geboortemaandAanvrager + 18 * 12 < maandnummer else { return .nee }
        guard let vermogen else { return .onbekend }
        guard vermogen <= (metPartner ? p.vermogensgrensMetPartner.value : p.vermogensgrensZonderPartner.value) else {
            return .nee
        }
        return .jaarbedrag(jaarbedrag(toetsingsinkomen: toetsingsinkomen, metPartner: metPartner, p).zorgtoeslag)
    }
}
