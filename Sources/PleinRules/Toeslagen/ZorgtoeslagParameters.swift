import PleinDomain

/// Zorgtoeslag figures resolved for one peildatum.
public struct ZorgtoeslagParameters: Sendable {
    public let standaardpremie: Dated<Money>
    public let drempelpercentageZonderPartner: Dated<Percentage>
    public let drempelpercentageMetPartner: Dated<Percentage>
    public let inkomenspercentage: Dated<Percentage>
    public let vermogensgrensZonderPartner: Dated<Money>
    public let vermogensgrensMetPartner: Dated<Money>
    public let drempelinkomen: Drempelinkomen

    public init(peildatum: CivilDate) throws(RulesError) {
        standaardpremie = try ZorgtoeslagTabellen.standaardpremie.entry(on: peildatum)
        drempelpercentageZonderPartner =
            try ZorgtoeslagTabellen.drempelpercentageZonderPartner.entry(on: peildatum)
        drempelpercentageMetPartner =
            try ZorgtoeslagTabellen.drempelpercentageMetPartner.entry(on: peildatum)
        inkomenspercentage = try ZorgtoeslagTabellen.inkomenspercentage.entry(on: peildatum)
        vermogensgrensZonderPartner =
            try ZorgtoeslagTabellen.vermogensgrensZonderPartner.entry(on: peildatum)
        vermogensgrensMetPartner = try ZorgtoeslagTabellen.vermogensgrensMetPartner.entry(on: peildatum)
        drempelinkomen = try Drempelinkomen(peildatum: peildatum,
                                            bron: Wet.zorgtoeslag.artikel("1", lid: "1", onderdeel: "f"))
    }
}
