import PleinDomain

/// The Participatiewet figures resolved for one peildatum as plain values, for the per-household
/// arithmetic (and a batch kernel): amounts by `ParticipatiewetFiguur`, no cited values on the
/// hot path. `bron(_:)` finds the article for a trace.
public struct ParticipatiewetParameters: Sendable {
    public let peildatum: CivilDate
    @usableFromInline let bedragen: [Money]
    /// Art. 20 lid 3; nil before 2026.
    public let verhogingJongereZonderOuders: Money?
    /// Art. 34a lid 1 sub c; nil before 2026.
    public let vrijlatingAOWMaximum34a: Money?
    public let kostendelerMinimumleeftijd: Int
    public let vrijlatingsRegime: VrijlatingsRegime

    public init(peildatum: CivilDate) throws(RulesError) {
        typealias T = ParticipatiewetTabellen
        self.peildatum = peildatum
        var bedragen: [Money] = []
        bedragen.reserveCapacity(ParticipatiewetFiguur.allCases.count)
        for figuur in ParticipatiewetFiguur.allCases {
            bedragen.append(try figuur.tabel.value(on: peildatum))
        }
        self.bedragen = bedragen
        verhogingJongereZonderOuders = try T.verhogingJongereZonderOuders.value(on: peildatum)
        vrijlatingAOWMaximum34a = try T.vrijlatingAOWMaximum34a.value(on: peildatum)
        kostendelerMinimumleeftijd = try T.kostendelerMinimumleeftijd.value(on: peildatum)
        vrijlatingsRegime = try T.vrijlatingsRegime.value(on: peildatum)
    }

    @inlinable public subscript(_ figuur: ParticipatiewetFiguur) -> Money { bedragen[figuur.rawValue] }

    /// The article the figure comes from on this peildatum; for traces only.
    public func bron(_ figuur: ParticipatiewetFiguur) -> LegalReference { figuur.tabel.bron(on: peildatum) }

    public var regimeBron: LegalReference { ParticipatiewetTabellen.vrijlatingsRegime.bron(on: peildatum) }
    public var verhogingJongereBron: LegalReference {
        ParticipatiewetTabellen.verhogingJongereZonderOuders.bron(on: peildatum)
    }
}
