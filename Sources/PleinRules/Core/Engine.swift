import PleinDomain

/// The entry point: evaluates a household on every registered scheme and the local schemes of
/// its municipality.
public struct Engine: Sendable {
    public let gemeenten: GemeenteCatalogus

    public init(gemeenten: GemeenteCatalogus = .demo) {
        self.gemeenten = gemeenten
    }

    /// Evaluates with a trace per scheme.
    public func bereken(_ huishouden: Huishouden) throws(RulesError) -> Berekening {
        bereken(huishouden, parameters: try ParameterSet(peildatum: huishouden.peildatum),
                traced: true)
    }

    /// Evaluates with parameters already resolved for `huishouden.peildatum` (reuse them for
    /// many households on the same peildatum). Without trace the outcomes' `trace` is empty.
    public func bereken(_ huishouden: Huishouden, parameters: ParameterSet,
                        traced: Bool) -> Berekening {
        precondition(parameters.peildatum == huishouden.peildatum,
                     "parameters resolved for another peildatum")
        let context = EvaluationContext(huishouden: huishouden, parameters: parameters,
                                        gemeente: huishouden.gemeente.flatMap { gemeenten[$0] })
        var uitkomsten: [RegelingUitkomst] = []
        for scheme in SchemeRegistry.all + (context.gemeente?.lokaleSchemes ?? []) {
            uitkomsten.append(traced ? Engine.traced(scheme, context) : Engine.untraced(scheme, context))
        }
        return Berekening(peildatum: huishouden.peildatum, regelingen: uitkomsten)
    }

    static func traced(_ scheme: any Scheme, _ context: EvaluationContext) -> RegelingUitkomst {
        var trace = TreeTrace()
        var uitkomst = scheme.evaluate(context, trace: &trace)
        uitkomst.trace = trace.stappen
        return uitkomst
    }

    static func untraced(_ scheme: any Scheme, _ context: EvaluationContext) -> RegelingUitkomst {
        var trace = NoTrace()
        return scheme.evaluate(context, trace: &trace)
    }
}
