import PleinDomain

/// Huurtoeslag figures resolved for one peildatum. A class: the scheme reads it once per
/// household, and as a struct of some twenty cited figures that was a large copy each time.
public final class HuurtoeslagParameters: Sendable {
    public let stelsel: HuurtoeslagStelsel
    public let maximaleHuurgrens: Dated<Money>
    public let maximaleHuurgrensJongeren: Dated<Money>
    /// From this age one member makes `maximaleHuurgrens` apply instead of the one for
    /// young people (art. 13 lid 1 sub a under 1°).
    public let leeftijdJongeren: Dated<Int>
    public let kwaliteitskortingsgrens: Dated<Money>
    public let aftoppingsgrensEenOfTwee: Dated<Money>
    public let aftoppingsgrensDrieOfMeer: Dated<Money>
    /// The normhuur at the minimum-inkomensijkpunt (art. 17 lid 2); from 2026 the only one.
    public let normhuur: Dated<Money>
    public let normhuurverlagingEenpersoons: Dated<Money>
    public let normhuurverlagingMeerpersoons: Dated<Money>
    public let basishuurverlaging: Dated<Money>
    public let percentageTotAftoppingsgrens: Dated<Percentage>
    public let percentageBovenAftoppingsgrens: Dated<Percentage>
    /// Set yearly by the Regeling huurtoeslaggrenzen (art. 17 lid 1, art. 27 lid 4).
    public let minimumInkomensijkpuntEenpersoons: Dated<Money>
    public let minimumInkomensijkpuntMeerpersoons: Dated<Money>
    public let vermogensgrens: Dated<Money>
    public let vermogensgrensMetPartner: Dated<Money>
    public let inkomensvrijstellingKind: Dated<Money>

    public init(peildatum: CivilDate) throws(RulesError) {
        typealias T = HuurtoeslagTabellen
        if peildatum < T.lineaireAfbouwVanaf {
            stelsel = .normhuurformule(
                Normhuurfactoren(aEenpersoons: try T.factorAEenpersoons.entry(on: peildatum),
                                 bEenpersoons: try T.factorBEenpersoons.entry(on: peildatum),
                                 aMeerpersoons: try T.factorAMeerpersoons.entry(on: peildatum),
                                 bMeerpersoons: try T.factorBMeerpersoons.entry(on: peildatum)),
                servicekostenPerSoort: try T.servicekostenPerSoort.entry(on: peildatum))
        } else {
            stelsel = .lineaireAfbouw(eenpersoons: try T.afbouwpercentageEenpersoons.entry(on: peildatum),
                                      meerpersoons: try T.afbouwpercentageMeerpersoons.entry(on: peildatum))
        }
        maximaleHuurgrens = try T.maximaleHuurgrens.entry(on: peildatum)
        maximaleHuurgrensJongeren = try T.maximaleHuurgrensJongeren.entry(on: peildatum)
        leeftijdJongeren = try T.leeftijdJongeren.entry(on: peildatum)
        kwaliteitskortingsgrens = try T.kwaliteitskortingsgrens.entry(on: peildatum)
        aftoppingsgrensEenOfTwee = try T.aftoppingsgrensEenOfTwee.entry(on: peildatum)
        aftoppingsgrensDrieOfMeer = try T.aftoppingsgrensDrieOfMeer.entry(on: peildatum)
        normhuur = try T.normhuur.entry(on: peildatum)
        normhuurverlagingEenpersoons = try T.normhuurverlagingEenpersoons.entry(on: peildatum)
        normhuurverlagingMeerpersoons = try T.normhuurverlagingMeerpersoons.entry(on: peildatum)
        basishuurverlaging = try T.basishuurverlaging.entry(on: peildatum)
        percentageTotAftoppingsgrens = try T.percentageTotAftoppingsgrens.entry(on: peildatum)
        percentageBovenAftoppingsgrens = try T.percentageBovenAftoppingsgrens.entry(on: peildatum)
        minimumInkomensijkpuntEenpersoons = try T.minimumInkomensijkpuntEenpersoons.entry(on: peildatum)
        minimumInkomensijkpuntMeerpersoons = try T.minimumInkomensijkpuntMeerpersoons.entry(on: peildatum)
        vermogensgrens = try T.vermogensgrens.entry(on: peildatum)
        vermogensgrensMetPartner = try T.vermogensgrensMetPartner.entry(on: peildatum)
        inkomensvrijstellingKind = try T.inkomensvrijstellingKind.entry(on: peildatum)
    }
}
