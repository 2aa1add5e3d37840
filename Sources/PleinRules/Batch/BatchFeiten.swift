import PleinDomain

/// The facts of one household that several schemes read, gathered from the columns in one
/// scan of its members. A plain value on the stack: nothing is allocated.
struct BatchFeiten {
    var invoer: BijstandsInvoer
    var geboortemaandAanvrager: Int
    /// Aanvrager and partner together (the toeslagpartner's income counts, Awir art. 8).
    var toetsingsinkomen: Money
    var personen: Int
    var volwassenOfKind: Bool
    var rekeninkomen: Money
    var kinderbudget = (kinderen: 0, twaalfTotZestien: 0, zestienEnZeventien: 0)
    /// Children with childcare.
    var kinderopvang = 0
    let leden: Range<Int>

    @inline(__always)
    init(_ h: HuishoudenKolommen, _ i: Int, _ k: BatchKernel) {
        let aanvrager = k.persoon(h.aanvrager, i)
        let partner = h.partner.geboortedatum[i] == PackedDate.geen ? nil : k.persoon(h.partner, i)
        let eigenWoning: Money? = h.woning[i] == KolomCode.code(.koop)
            ? HuishoudenKolommen.bedrag(h.overwaarde[i]) : .zero
        geboortemaandAanvrager = PackedDate.maandnummer(h.aanvrager.geboortedatum[i])
        // Aanvrager and partner are no children: their toetsingsinkomen counts in full.
        toetsingsinkomen = Money(cents: h.aanvrager.toetsingsinkomen[i] + (partner == nil ? 0 : h.partner.toetsingsinkomen[i]))
        rekeninkomen = toetsingsinkomen
        personen = partner == nil ? 1 : 2
        let leeftijdJongeren = k.huurtoeslag.leeftijdJongeren
        volwassenOfKind = Huurtoeslag.teltVoorMaximaleHuurgrens(leeftijd: aanvrager.leeftijd, isKind: false,
                                                                leeftijdJongeren: leeftijdJongeren)
            || partner.map { Huurtoeslag.teltVoorMaximaleHuurgrens(leeftijd: $0.leeftijd, isKind: false,
                                                                   leeftijdJongeren: leeftijdJongeren) } ?? false
        leden = Int(h.ledenStart[i])..<Int(h.ledenStart[i + 1])
        personen += leden.count
        var kinderen = 0, kindOnder12 = false, kostendelers = 0
        for j in leden {
            let geboortedatum = h.leden.geboortedatum[j]
            let leeftijd = PackedDate.leeftijd(geboortedatum, op: k.peildatum)
            let isKind = h.leden.isKind[j] == 1
            let telling = BijstandsInvoer.medebewoner(
                isKind: isKind, leeftijd: leeftijd, kostendelerUitzondering: h.leden.kostendelerUitzondering[j] != 0,
                kostendelerMinimumleeftijd: k.kostendelerMinimumleeftijd)
            if telling.kind { kinderen += 1 }
            if telling.onder12 { kindOnder12 = true }
            if telling.kostendeler { kostendelers += 1 }
            volwassenOfKind = volwassenOfKind
                || Huurtoeslag.teltVoorMaximaleHuurgrens(leeftijd: leeftijd, isKind: isKind, leeftijdJongeren: leeftijdJongeren)
            if isKind {
                KindgebondenBudget.tel(geboortemaand: PackedDate.maandnummer(geboortedatum), maandnummer: k.maandnummer,
                                       in: &kinderbudget)
                if h.leden.opvangSoort[j] != 0 { kinderopvang += 1 }
            }
            rekeninkomen += Huurtoeslag.rekeninkomen(
                toetsingsinkomen: Money(cents: h.leden.toetsingsinkomen[j]), isKind: isKind,
                leeftijdOpJaarbegin: PackedDate.leeftijd(geboortedatum, op: k.jaarbegin),
                vrijstelling: k.huurtoeslag.inkomensvrijstellingKind)
        }
        // Built once, whole, at the end: updating its fields member by member and then copying
        // it made the copy wait for the many small stores.
        invoer = BijstandsInvoer(aanvrager: aanvrager, partner: partner, kinderenOnder18: kinderen,
                                 kindOnder12: kindOnder12, kostendelers: kostendelers,
                                 vermogen: HuishoudenKolommen.bedrag(h.vermogen[i]), eigenWoningVermogen: eigenWoning)
    }

    var metPartner: Bool { invoer.partner != nil }
}
