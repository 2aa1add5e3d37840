import PleinDomain

/// The entry point: evaluates a household on every registered scheme and the local schemes of
/// its municipality.
public struct Engine: Sendable {
    public let gemeenten: GemeenteCatalogus

    public init(gemeenten: GemeenteCatalogus = .demo) {
        self.gemeenten = gemeenten
    }

    /// Evaluates with a trace per scheme, with the parameters for the peildatum resolved once
    /// per process (`ParameterCache`).
    public func bereken(_ huishouden: Huishouden) throws(RulesError) -> Berekening {
        bereken(huishouden, parameters: try ParameterCache.shared.parameters(for: huishouden.peildatum),
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
        let lokaleSchemes = context.gemeente?.lokaleSchemes ?? []
        var uitkomsten: [RegelingUitkomst] = []
        uitkomsten.reserveCapacity(SchemeRegistry.all.count + lokaleSchemes.count)
        func evaluate(_ scheme: any Scheme) -> RegelingUitkomst {
            traced ? Engine.traced(scheme, context) : Engine.untraced(scheme, context)
        }
        // Two passes rather than over `all + lokaleSchemes`, which would allocate a
        // concatenated array per household.
        for scheme in SchemeRegistry.all { uitkomsten.append(evaluate(scheme)) }
        for scheme in lokaleSchemes { uitkomsten.append(evaluate(scheme)) }
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
