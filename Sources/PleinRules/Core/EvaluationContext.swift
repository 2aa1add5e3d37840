import PleinDomain

/// Everything a scheme may read: the household, the parameters resolved for its peildatum and
/// the configuration of its municipality (nil when it has none or none is known). A final class:
/// it is built once per household and read by every scheme.
public final class EvaluationContext: Sendable {
    public let huishouden: Huishouden
    public let parameters: ParameterSet
    public let gemeente: GemeenteRegelingen?
    /// The household as the Participatiewet reads it, and its applicable norm: several schemes
    /// compare income with the bijstandsnorm, so it is computed once per household.
    public let bijstandsInvoer: BijstandsInvoer
    public let bijstandsnorm: Money

    public init(huishouden: Huishouden, parameters: ParameterSet, gemeente: GemeenteRegelingen?) {
        self.huishouden = huishouden
        self.parameters = parameters
        self.gemeente = gemeente
        bijstandsInvoer = BijstandsInvoer(huishouden, op: huishouden.peildatum, parameters: parameters.participatiewet)
        var trace = NoTrace()
        bijstandsnorm = Bijstandsnorm.bereken(bijstandsInvoer, parameters.participatiewet, trace: &trace)
    }

    public var peildatum: CivilDate { huishouden.peildatum }
}
