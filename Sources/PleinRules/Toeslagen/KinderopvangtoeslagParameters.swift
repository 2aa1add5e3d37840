import PleinDomain

/// Kinderopvangtoeslag figures resolved for one peildatum.
public struct KinderopvangtoeslagParameters: Sendable {
    public let maximumUurprijsDagopvang: Dated<Money>
    public let maximumUurprijsBuitenschoolseOpvang: Dated<Money>
    public let maximumUurprijsGastouderopvang: Dated<Money>
    public let maximumUrenPerMaand: Dated<Int>
    /// Nil for a peildatum before the first verified table (2025): the amount is then unknown.
    public let toeslagtabel: Dated<[Toeslagschijf]>?

    public init(peildatum: CivilDate) throws(RulesError) {
        maximumUurprijsDagopvang = try KinderopvangtoeslagTabellen.maximumUurprijsDagopvang.entry(on: peildatum)
        maximumUurprijsBuitenschoolseOpvang =
            try KinderopvangtoeslagTabellen.maximumUurprijsBuitenschoolseOpvang.entry(on: peildatum)
        maximumUurprijsGastouderopvang =
            try KinderopvangtoeslagTabellen.maximumUurprijsGastouderopvang.entry(on: peildatum)
        maximumUrenPerMaand = try KinderopvangtoeslagTabellen.maximumUrenPerMaand.entry(on: peildatum)
        let tabel = KinderopvangtoeslagTabellen.toeslagtabel
        toeslagtabel = peildatum < tabel.entries[0].vanaf ? nil : try tabel.entry(on: peildatum)
    }

    public func maximumUurprijs(_ soort: KinderopvangSoort) -> Dated<Money> {
        switch soort {
        case .dagopvang: return maximumUurprijsDagopvang
        case .buitenschoolseOpvang: return maximumUurprijsBuitenschoolseOpvang
        case .gastouderopvang: return maximumUurprijsGastouderopvang
        }
    }
}
