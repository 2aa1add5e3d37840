import PleinDomain

/// Every statutory parameter resolved for one peildatum into plain values, so that evaluating
/// a household — or a million, in a batch kernel — does no table look-ups. Resolving fails
/// for a peildatum outside `SupportedPeriod`.
public struct ParameterSet: Sendable {
    public let peildatum: CivilDate
    public let participatiewet: ParticipatiewetParameters
    // The toeslagen add their resolved parameters here (see README-engine.md).

    public init(peildatum: CivilDate) throws(RulesError) {
        try SupportedPeriod.check(peildatum)
        self.peildatum = peildatum
        self.participatiewet = try ParticipatiewetParameters(peildatum: peildatum)
    }
}
