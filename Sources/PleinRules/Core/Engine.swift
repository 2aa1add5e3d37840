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
        // One recorder for all schemes: a single array holds the household's whole trace (and
        // without a trace, it reserves nothing).
        var trace = TreeTrace(capacity: traced ? 128 : 0)
        func evaluate(_ scheme: any Scheme) -> RegelingUitkomst {
            guard traced else { return Engine.untraced(scheme, context) }
            let start = trace.aantal
            var uitkomst = scheme.evaluate(context, trace: &trace)
            // Only the range for now: attaching the steps while the recorder still grows
            // would make it copy its storage.
            uitkomst.trace = TraceStappen([], start..<trace.aantal)
            return uitkomst
        }
        // Two passes rather than over `all + lokaleSchemes`, which would allocate a
        // concatenated array per household.
        for scheme in SchemeRegistry.all { uitkomsten.append(evaluate(scheme)) }
        for scheme in lokaleSchemes { uitkomsten.append(evaluate(scheme)) }
        if traced {
            let stappen = trace.stappen
            for index in uitkomsten.indices {
                uitkomsten[index].trace = TraceStappen(stappen.knopen, uitkomsten[index].trace.bereik)
            }
        }
        return Berekening(peildatum: huishouden.peildatum, regelingen: uitkomsten)
    }

    static func untraced(_ scheme: any Scheme, _ context: EvaluationContext) -> RegelingUitkomst {
        var trace = NoTrace()
        return scheme.evaluate(context, trace: &trace)
    }
}
