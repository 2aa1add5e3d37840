import PleinDomain

extension KindgebondenBudget {
    /// Adds one child to a `telling(geboortedata:maandnummer:)` from its birth month
    /// (`CivilDate.maandnummer`): adding whole years to a date moves its month number by 12 per
    /// year, so the same conditions need no calendar arithmetic.
    static func tel(geboortemaand: Int, maandnummer: Int,
                    in telling: inout (kinderen: Int, twaalfTotZestien: Int, zestienEnZeventien: Int)) {
        guard geboortemaand < maandnummer && geboortemaand + 18 * 12 >= maandnummer else { return }
        telling.kinderen += 1
        if geboortemaand + 16 * 12 < maandnummer {
            telling.zestienEnZeventien += 1
        } else if geboortemaand + 12 * 12 < maandnummer {
            telling.twaalfTotZestien += 1
        }
    }

    /// The decisions of `evaluate` on plain facts, without text or trace, for the batch kernel
    /// (allocation-free).
    static func kernel(telling: (kinderen: Int, twaalfTotZestien: Int, zestienEnZeventien: Int), metPartner: Bool,
                       vermogen: Money?, toetsingsinkomen: Money, _ p: KindgebondenBudgetParameters) -> KernelUitkomst {
        guard telling.kinderen > 0 else { return .nee }
        guard let vermogen else { return .onbekend }
        guard vermogen <= (metPartner ? p.vermogensgrensMetPartner.value : p.vermogensgrensZonderPartner.value) else {
            return .nee
        }
        return .jaarbedrag(jaarbedrag(kinderen: telling.kinderen, twaalfTotZestien: telling.twaalfTotZestien,
                                      zestienEnZeventien: telling.zestienEnZeventien, metPartner: metPartner,
                                      toetsingsinkomen: toetsingsinkomen, p).budget)
    }
}
