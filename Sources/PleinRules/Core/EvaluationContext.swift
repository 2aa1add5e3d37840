import PleinDomain

/// Everything a scheme may read: the household, the parameters resolved for its peildatum and
/// the configuration of its municipality (nil when it has none or none is known). A final class:
/// it is built once per household and read by every scheme.
public final class EvaluationContext: Sendable {
    public let huishouden: Huishouden
    public let parameters: ParameterSet
    public let gemeente: GemeenteRegelingen?

    public init(huishouden: Huishouden, parameters: ParameterSet, gemeente: GemeenteRegelingen?) {
        self.huishouden = huishouden
        self.parameters = parameters
        self.gemeente = gemeente
    }

    public var peildatum: CivilDate { huishouden.peildatum }
}
