import PleinDomain

/// Every statutory parameter resolved for one peildatum into plain values, so that evaluating
/// a household — or a million, in a batch kernel — does no table look-ups. Resolving fails
/// for a peildatum outside `SupportedPeriod`. A final class, so that handing it to every scheme
/// of every household costs one retain, not a copy of every cited figure.
public final class ParameterSet: Sendable {
    public let peildatum: CivilDate
    public let participatiewet: ParticipatiewetParameters
    public let zorgtoeslag: ZorgtoeslagParameters
    public let huurtoeslag: HuurtoeslagParameters
    public let kindgebondenBudget: KindgebondenBudgetParameters
    public let kinderopvangtoeslag: KinderopvangtoeslagParameters

    public init(peildatum: CivilDate) throws(RulesError) {
        try SupportedPeriod.check(peildatum)
        self.peildatum = peildatum
        self.participatiewet = try ParticipatiewetParameters(peildatum: peildatum)
        self.zorgtoeslag = try ZorgtoeslagParameters(peildatum: peildatum)
        self.huurtoeslag = try HuurtoeslagParameters(peildatum: peildatum)
        self.kindgebondenBudget = try KindgebondenBudgetParameters(peildatum: peildatum)
        self.kinderopvangtoeslag = try KinderopvangtoeslagParameters(peildatum: peildatum)
    }
}
