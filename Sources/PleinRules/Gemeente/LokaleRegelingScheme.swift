import PleinDomain

/// Evaluates one configured local scheme (`LokaleRegeling`): age, vermogen and income as a
/// percentage of the bijstandsnorm, all from configuration.
struct LokaleRegelingScheme: Scheme {
    let regeling: LokaleRegeling

    var code: String { regeling.code }
    var naam: String { regeling.naam }
    var soort: RegelingSoort { .gemeentelijk }

    func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext, trace: inout Trace) -> RegelingUitkomst {
        let bron = regeling.bron.reference
        func uitkomst(_ recht: Recht, _ toelichting: String, perJaar: Money = .zero) -> RegelingUitkomst {
            RegelingUitkomst(code: code, naam: naam, recht: recht,
                             bedragPerMaand: perJaar.multiplied(by: 1, dividedBy: 12), bedragPerJaar: perJaar,
                             toelichting: toelichting, volgendeStap: regeling.aanvragen.volgendeStap)
        }
        let toets = Minimatoets(context, trace: &trace)
        guard toets.invoer.aanvrager.leeftijd >= 18 else {
            return uitkomst(.nee, "Deze regeling is voor huishoudens met een volwassen aanvrager.")
        }
        let aantal: Int
        switch regeling.doelgroep {
        case .huishouden:
            aantal = regeling.leeftijdPast(toets.invoer.aanvrager.leeftijd) ? 1 : 0
        case .kind:
            aantal = context.huishouden.kinderen.filter {
                regeling.leeftijdPast($0.leeftijd(op: context.peildatum))
            }.count
        }
        trace.step(regeling.doelgroep == .kind ? "Kinderen in de leeftijd van de regeling" : "Aanvrager in de leeftijd",
                   .aantal(aantal), bron: bron)
        guard aantal > 0 else {
            return uitkomst(.nee, regeling.doelgroep == .kind ? "Er zijn geen kinderen in de leeftijd voor deze regeling."
                                                               : "U valt buiten de leeftijd voor deze regeling.")
        }
        if let grens = regeling.vermogensgrens {
            trace.step("Vermogensgrens", .bedrag(grens), bron: bron)
            guard let vermogen = context.huishouden.vermogen else {
                return uitkomst(.onbekend(VermogensVraag.vermogen), "Voor deze regeling telt ook uw vermogen.")
            }
            guard vermogen <= grens else {
                return uitkomst(.nee, "Uw vermogen is hoger dan \(grens.formatted).")
            }
        }
        let inkomensgrens = toets.grens(regeling.inkomensgrensPercentage)
        trace.step("Inkomensgrens: \(regeling.inkomensgrensPercentage)% van de bijstandsnorm", .bedrag(inkomensgrens),
                   bron: bron)
        guard toets.inkomen <= inkomensgrens else {
            return uitkomst(.nee, "Uw inkomen is hoger dan \(inkomensgrens.formatted) per maand.")
        }
        let bedrag = regeling.bedragPerJaar * Int64(aantal)
        trace.step("Bedrag per jaar", .bedrag(bedrag), bron: bron)
        return uitkomst(.ja, regeling.omschrijving + (bedrag > .zero ? " U krijgt \(bedrag.formatted) per jaar." : ""),
                        perJaar: bedrag)
    }
}
