import PleinDomain

/// Huurtoeslag figures resolved for one peildatum.
public struct HuurtoeslagParameters: Sendable {
    /// The first day of the system these tables describe (linear afbouw, 2026).
    public static let vanaf = HuurtoeslagTabellen.maximaleHuurgrens.entries[0].vanaf

    public let maximaleHuurgrens: Dated<Money>
    public let maximaleHuurgrensJongeren: Dated<Money>
    public let kwaliteitskortingsgrens: Dated<Money>
    public let aftoppingsgrensEenOfTwee: Dated<Money>
    public let aftoppingsgrensDrieOfMeer: Dated<Money>
    public let normhuur: Dated<Money>
    public let normhuurverlagingEenpersoons: Dated<Money>
    public let normhuurverlagingMeerpersoons: Dated<Money>
    public let basishuurverlaging: Dated<Money>
    public let percentageTotAftoppingsgrens: Dated<Percentage>
    public let percentageBovenAftoppingsgrens: Dated<Percentage>
    public let afbouwpercentageEenpersoons: Dated<Percentage>
    public let afbouwpercentageMeerpersoons: Dated<Percentage>
    /// Set yearly by the Regeling huurtoeslaggrenzen (art. 17 lid 1, art. 27 lid 4). Set for
    /// every 2026 peildatum; nil only for a year whose Regeling has no entry in the tables, and
    /// then the scheme answers "onbekend" above the statutory lower bound (`ijkpuntOphoging…`).
    public let minimumInkomensijkpuntEenpersoons: Dated<Money>?
    public let minimumInkomensijkpuntMeerpersoons: Dated<Money>?
    public let ijkpuntOphogingEenpersoons: Dated<Money>
    public let ijkpuntOphogingMeerpersoons: Dated<Money>
    public let vermogensgrens: Dated<Money>
    public let vermogensgrensMetPartner: Dated<Money>
    public let inkomensvrijstellingKind: Dated<Money>

    /// Nil before `vanaf`: the engine has no figures for the 2025 system (the Regeling
    /// huurtoeslaggrenzen 2025 was not found), so a 2025 huurtoeslag is "onbekend".
    public init?(peildatum: CivilDate) throws(RulesError) {
        guard peildatum >= HuurtoeslagParameters.vanaf else { return nil }
        typealias T = HuurtoeslagTabellen
        maximaleHuurgrens = try T.maximaleHuurgrens.entry(on: peildatum)
        maximaleHuurgrensJongeren = try T.maximaleHuurgrensJongeren.entry(on: peildatum)
        kwaliteitskortingsgrens = try T.kwaliteitskortingsgrens.entry(on: peildatum)
        aftoppingsgrensEenOfTwee = try T.aftoppingsgrensEenOfTwee.entry(on: peildatum)
        aftoppingsgrensDrieOfMeer = try T.aftoppingsgrensDrieOfMeer.entry(on: peildatum)
        normhuur = try T.normhuur.entry(on: peildatum)
        normhuurverlagingEenpersoons = try T.normhuurverlagingEenpersoons.entry(on: peildatum)
        normhuurverlagingMeerpersoons = try T.normhuurverlagingMeerpersoons.entry(on: peildatum)
        basishuurverlaging = try T.basishuurverlaging.entry(on: peildatum)
        percentageTotAftoppingsgrens = try T.percentageTotAftoppingsgrens.entry(on: peildatum)
        percentageBovenAftoppingsgrens = try T.percentageBovenAftoppingsgrens.entry(on: peildatum)
        afbouwpercentageEenpersoons = try T.afbouwpercentageEenpersoons.entry(on: peildatum)
        afbouwpercentageMeerpersoons = try T.afbouwpercentageMeerpersoons.entry(on: peildatum)
        minimumInkomensijkpuntEenpersoons = T.minimumInkomensijkpuntEenpersoons.entries.last { $0.vanaf <= peildatum }
        minimumInkomensijkpuntMeerpersoons = T.minimumInkomensijkpuntMeerpersoons.entries.last { $0.vanaf <= peildatum }
        ijkpuntOphogingEenpersoons = try T.ijkpuntOphogingEenpersoons.entry(on: peildatum)
        ijkpuntOphogingMeerpersoons = try T.ijkpuntOphogingMeerpersoons.entry(on: peildatum)
        vermogensgrens = try T.vermogensgrens.entry(on: peildatum)
        vermogensgrensMetPartner = try T.vermogensgrensMetPartner.entry(on: peildatum)
        inkomensvrijstellingKind = try T.inkomensvrijstellingKind.entry(on: peildatum)
    }
}
