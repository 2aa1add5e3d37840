import PleinDomain

/// The huurtoeslag figures of `HuurtoeslagParameters` without their sources, for the batch
/// kernel: plain values that cost nothing to copy per household, where the cited parameters
/// would copy every source. Figures of the other system are zero.
struct HuurtoeslagKernelParameters: Sendable {
    /// True to 2025 (`HuurtoeslagStelsel.normhuurformule`), false for the linear afbouw.
    let normhuurformule: Bool
    let maximaleHuurgrens: Money
    let maximaleHuurgrensJongeren: Money
    let leeftijdJongeren: Int
    let kwaliteitskortingsgrens: Money
    let aftoppingsgrensEenOfTwee: Money
    let aftoppingsgrensDrieOfMeer: Money
    let normhuur: Money
    let normhuurverlagingEenpersoons: Money
    let normhuurverlagingMeerpersoons: Money
    let basishuurverlaging: Money
    let percentageTotAftoppingsgrens: Percentage
    let percentageBovenAftoppingsgrens: Percentage
    let minimumInkomensijkpuntEenpersoons: Money
    let minimumInkomensijkpuntMeerpersoons: Money
    let vermogensgrens: Money
    let vermogensgrensMetPartner: Money
    let inkomensvrijstellingKind: Money
    // The linear afbouw (from 2026).
    let afbouwpercentageEenpersoons: Percentage
    let afbouwpercentageMeerpersoons: Percentage
    // The normhuur formula (to 2025).
    let servicekostenPerSoort: Money
    let factorAEenpersoons: NormhuurFactor
    let factorBEenpersoons: NormhuurFactor
    let factorAMeerpersoons: NormhuurFactor
    let factorBMeerpersoons: NormhuurFactor

    init(_ p: HuurtoeslagParameters) {
        let geenFactor = NormhuurFactor(biljoensten: 0)
        switch p.stelsel {
        case .normhuurformule(let factoren, let perSoort):
            normhuurformule = true
            afbouwpercentageEenpersoons = Percentage(0)
            afbouwpercentageMeerpersoons = Percentage(0)
            servicekostenPerSoort = perSoort.value
            factorAEenpersoons = factoren.aEenpersoons.value
            factorBEenpersoons = factoren.bEenpersoons.value
            factorAMeerpersoons = factoren.aMeerpersoons.value
            factorBMeerpersoons = factoren.bMeerpersoons.value
        case .lineaireAfbouw(let eenpersoons, let meerpersoons):
            normhuurformule = false
            afbouwpercentageEenpersoons = eenpersoons.value
            afbouwpercentageMeerpersoons = meerpersoons.value
            servicekostenPerSoort = .zero
            (factorAEenpersoons, factorBEenpersoons) = (geenFactor, geenFactor)
            (factorAMeerpersoons, factorBMeerpersoons) = (geenFactor, geenFactor)
        }
        maximaleHuurgrens = p.maximaleHuurgrens.value
        maximaleHuurgrensJongeren = p.maximaleHuurgrensJongeren.value
        leeftijdJongeren = p.leeftijdJongeren.value
        kwaliteitskortingsgrens = p.kwaliteitskortingsgrens.value
        aftoppingsgrensEenOfTwee = p.aftoppingsgrensEenOfTwee.value
        aftoppingsgrensDrieOfMeer = p.aftoppingsgrensDrieOfMeer.value
        normhuur = p.normhuur.value
        normhuurverlagingEenpersoons = p.normhuurverlagingEenpersoons.value
        normhuurverlagingMeerpersoons = p.normhuurverlagingMeerpersoons.value
        basishuurverlaging = p.basishuurverlaging.value
        percentageTotAftoppingsgrens = p.percentageTotAftoppingsgrens.value
        percentageBovenAftoppingsgrens = p.percentageBovenAftoppingsgrens.value
        minimumInkomensijkpuntEenpersoons = p.minimumInkomensijkpuntEenpersoons.value
        minimumInkomensijkpuntMeerpersoons = p.minimumInkomensijkpuntMeerpersoons.value
        vermogensgrens = p.vermogensgrens.value
        vermogensgrensMetPartner = p.vermogensgrensMetPartner.value
        inkomensvrijstellingKind = p.inkomensvrijstellingKind.value
    }
}
