import PleinDomain
@testable import PleinRules

/// Evaluates one scheme with a recorded trace, as the engine does.
func evalueer(_ scheme: some Scheme, _ huishouden: Huishouden) throws -> (uitkomst: RegelingUitkomst, trace: TraceStappen) {
    let context = EvaluationContext(huishouden: huishouden,
                                    parameters: try ParameterSet(peildatum: huishouden.peildatum),
                                    gemeente: nil)
    var trace = TreeTrace()
    let uitkomst = scheme.evaluate(context, trace: &trace)
    return (uitkomst, trace.stappen)
}

/// Every step of a trace tree, depth first.
func alleStappen(_ stappen: TraceStappen) -> [TraceStap] {
    stappen.flatMap { [$0] + alleStappen($0.stappen) }
}

/// The four peildata the toeslag figures are checked on.
let toeslagPeildata: [CivilDate] = [.ymd(2025, 1, 1), .ymd(2025, 7, 1), .ymd(2026, 1, 1), .ymd(2026, 7, 1)]

func euro(_ cents: Int64) -> Money { Money(cents: cents) }

/// An amount as Dienst Toeslagen publishes a monthly toeslag: whole euros, rounded down.
func helePublicatieEuros(_ bedrag: Money) -> Int64 { bedrag.cents / 100 }
