import PleinDomain
@testable import PleinRules

/// Builders for test households: a person of a given age on the peildatum.
enum Huishoudens {
    static func persoon(_ rol: Rol, leeftijd: Int, op peildatum: CivilDate, netto: Int64 = 0, arbeid: Int64 = 0,
                        werktSinds: CivilDate? = nil, medisch: Bool = false, geenOnderhoud: Bool = false,
                        uitzondering: KostendelerUitzondering? = nil) -> Persoon {
        Persoon(rol: rol, geboortedatum: peildatum.adding(years: -leeftijd),
                nettoInkomenPerMaand: Money(cents: netto * 100), nettoArbeidsinkomenPerMaand: Money(cents: arbeid * 100),
                werktSinds: werktSinds, medischUrenbeperkt: medisch, geenOnderhoudOuders: geenOnderhoud,
                kostendelerUitzondering: uitzondering)
    }

    static func huishouden(_ peildatum: CivilDate, _ personen: [Persoon], vermogen: Money? = .zero,
                           woning: Woning? = Woning(soort: .huur, kaleHuur: Money(cents: 650_00))) -> Huishouden {
        Huishouden(peildatum: peildatum, personen: personen, vermogen: vermogen, woning: woning)
    }

    static func bijstand(_ huishouden: Huishouden) throws -> RegelingUitkomst {
        let parameters = try ParameterSet(peildatum: huishouden.peildatum)
        let context = EvaluationContext(huishouden: huishouden, parameters: parameters, gemeente: nil)
        var trace = TreeTrace()
        var uitkomst = Bijstand().evaluate(context, trace: &trace)
        uitkomst.trace = trace.stappen
        return uitkomst
    }
}
