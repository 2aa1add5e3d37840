import PleinDomain

/// Kindgebonden-budget figures resolved for one peildatum.
public struct KindgebondenBudgetParameters: Sendable {
    public let bedragPerKind: Dated<Money>
    public let verhoging12tot16: Dated<Money>
    public let verhoging16en17: Dated<Money>
    public let alleenstaandeOuderkop: Dated<Money>
    public let afbouwpercentage: Dated<Percentage>
    public let verhogingDrempelMetPartner: Dated<Money>
    public let vermogensgrensZonderPartner: Dated<Money>
    public let vermogensgrensMetPartner: Dated<Money>
    public let drempelinkomen: Drempelinkomen

    public init(peildatum: CivilDate) throws(RulesError) {
        bedragPerKind = try KindgebondenBudgetTabellen.bedragPerKind.entry(on: peildatum)
        verhoging12tot16 = try KindgebondenBudgetTabellen.verhoging12tot16.entry(on: peildatum)
        verhoging16en17 = try KindgebondenBudgetTabellen.verhoging16en17.entry(on: peildatum)
        alleenstaandeOuderkop = try KindgebondenBudgetTabellen.alleenstaandeOuderkop.entry(on: peildatum)
        afbouwpercentage = try KindgebondenBudgetTabellen.afbouwpercentage.entry(on: peildatum)
        verhogingDrempelMetPartner =
            try KindgebondenBudgetTabellen.verhogingDrempelMetPartner.entry(on: peildatum)
        vermogensgrensZonderPartner =
            try KindgebondenBudgetTabellen.vermogensgrensZonderPartner.entry(on: peildatum)
        vermogensgrensMetPartner =
            try KindgebondenBudgetTabellen.vermogensgrensMetPartner.entry(on: peildatum)
        drempelinkomen = try Drempelinkomen(
            peildatum: peildatum, bron: Wet.kindgebondenBudget.artikel("1", lid: "1", onderdeel: "d"))
    }
}
