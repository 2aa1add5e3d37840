import PleinDomain

/// The huurtoeslag figures of `HuurtoeslagParameters` without their sources, for the batch
/// kernel: plain values that cost nothing to copy per household, where the cited parameters
/// would copy every source's strings. Not optional either: binding an optional copies it.
struct HuurtoeslagKernelParameters: Sendable {
    /// False for a peildatum without huurtoeslag parameters (every figure zero): the scheme
    /// then answers "onbekend".
    let bekend: Bool
    let maximaleHuurgrens: Money
    let maximaleHuurgrensJongeren: Money
    let kwaliteitskortingsgrens: Money
    let aftoppingsgrensEenOfTwee: Money
    let aftoppingsgrensDrieOfMeer: Money
    let normhuur: Money
    let normhuurverlagingEenpersoons: Money
    let normhuurverlagingMeerpersoons: Money
    let basishuurverlaging: Money
    let percentageTotAftoppingsgrens: Percentage
    let percentageBovenAftoppingsgrens: Percentage
    let afbouwpercentageEenpersoons: Percentage
    let afbouwpercentageMeerpersoons: Percentage
    let minimumInkomensijkpuntEenpersoons: Money?
    let minimumInkomensijkpuntMeerpersoons: Money?
    let ijkpuntOphogingEenpersoons: Money
    let ijkpuntOphogingMeerpersoons: Money
    let vermogensgrens: Money
    let vermogensgrensMetPartner: Money
    let inkomensvrijstellingKind: Money

    init(_ parameters: HuurtoeslagParameters?) {
        bekend = parameters != nil
        maximaleHuurgrens = parameters?.maximaleHuurgrens.value ?? .zero
        maximaleHuurgrensJongeren = parameters?.maximaleHuurgrensJongeren.value ?? .zero
        kwaliteitskortingsgrens = parameters?.kwaliteitskortingsgrens.value ?? .zero
        aftoppingsgrensEenOfTwee = parameters?.aftoppingsgrensEenOfTwee.value ?? .zero
        aftoppingsgrensDrieOfMeer = parameters?.aftoppingsgrensDrieOfMeer.value ?? .zero
        normhuur = parameters?.normhuur.value ?? .zero
        normhuurverlagingEenpersoons = parameters?.normhuurverlagingEenpersoons.value ?? .zero
        normhuurverlagingMeerpersoons = parameters?.normhuurverlagingMeerpersoons.value ?? .zero
        basishuurverlaging = parameters?.basishuurverlaging.value ?? .zero
        percentageTotAftoppingsgrens = parameters?.percentageTotAftoppingsgrens.value ?? Percentage(0)
        percentageBovenAftoppingsgrens = parameters?.percentageBovenAftoppingsgrens.value ?? Percentage(0)
        afbouwpercentageEenpersoons = parameters?.afbouwpercentageEenpersoons.value ?? Percentage(0)
        afbouwpercentageMeerpersoons = parameters?.afbouwpercentageMeerpersoons.value ?? Percentage(0)
        minimumInkomensijkpuntEenpersoons = parameters?.minimumInkomensijkpuntEenpersoons?.value
        minimumInkomensijkpuntMeerpersoons = parameters?.minimumInkomensijkpuntMeerpersoons?.value
        ijkpuntOphogingEenpersoons = parameters?.ijkpuntOphogingEenpersoons.value ?? .zero
        ijkpuntOphogingMeerpersoons = parameters?.ijkpuntOphogingMeerpersoons.value ?? .zero
        vermogensgrens = parameters?.vermogensgrens.value ?? .zero
        vermogensgrensMetPartner = parameters?.vermogensgrensMetPartner.value ?? .zero
        inkomensvrijstellingKind = parameters?.inkomensvrijstellingKind.value ?? .zero
    }
}
