import PleinDomain

/// Individuele inkomenstoeslag (Participatiewet art. 36): a yearly amount for people aged 21
/// to AOW age with a long-term low income, no vermogen and no prospect of improvement. What
/// "long-term" and "low" mean and the amounts are set per municipality (configuration).
public struct IndividueleInkomenstoeslag: Scheme {
    public init() {}
    public var code: String { "individueleInkomenstoeslag" }
    public var naam: String { "Individuele inkomenstoeslag" }
    public var soort: RegelingSoort { .gemeentelijk }
    private static let artikel = Wet.participatiewet.artikel("36", lid: "1")

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        let algemeen = VolgendeStap(tekst: "Vraag de individuele inkomenstoeslag aan bij uw gemeente.", waar: "Gemeente")
        func uitkomst(_ recht: Recht, _ toelichting: String, perJaar: Money = .zero,
                      stap: VolgendeStap = algemeen) -> RegelingUitkomst {
            RegelingUitkomst(code: code, naam: naam, recht: recht,
                             bedragPerMaand: perJaar.multiplied(by: 1, dividedBy: 12), bedragPerJaar: perJaar,
                             toelichting: toelichting, volgendeStap: stap)
        }
        guard let config = context.gemeente?.individueleInkomenstoeslag else {
            trace.step("De voorwaarden en bedragen staan in de verordening van de gemeente", nil,
                       bron: Wet.participatiewet.artikel("8", lid: "1", onderdeel: "b"))
            if context.huishouden.gemeente == nil {
                return uitkomst(.onbekend(Vraag(veld: "gemeente", tekst: "In welke gemeente woont u?")),
                                "De regels voor deze toeslag verschillen per gemeente.")
            }
            return uitkomst(.onbekend(nil), "De regels voor deze toeslag verschillen per gemeente. "
                + "Wij kennen de regels van uw gemeente nog niet. Vraag het na bij uw gemeente.")
        }
        let stap = config.aanvragen.volgendeStap
        let toets = Minimatoets(context, trace: &trace)
        let aanvrager = toets.invoer.aanvrager
        trace.step("Leeftijd aanvrager (21 jaar tot AOW-leeftijd)", .aantal(aanvrager.leeftijd), bron: Self.artikel)
        guard aanvrager.leeftijd >= 21, !aanvrager.aowLeeftijdBereikt else {
            return uitkomst(.nee, "Deze toeslag is voor mensen van 21 jaar tot de AOW-leeftijd.", stap: stap)
        }
        let vermogen = BijstandsBerekening.vermogenstoets(toets.invoer, context.parameters.participatiewet, &trace)
        switch vermogen.status {
        case .onbekend(let ontbrekend)?:
            return uitkomst(.onbekend(VermogensVraag.vraag(ontbrekend)), "Of u deze toeslag krijgt, hangt ook af "
                + "van uw vermogen.", stap: stap)
        case .geenRecht?:
            return uitkomst(.nee, "U heeft meer vermogen dan de grens. Dan krijgt u deze toeslag niet.", stap: stap)
        case .recht?, nil: break
        }
        guard let maanden = context.huishouden.maandenLaagInkomen else {
            return uitkomst(.onbekend(Vraag(veld: "maandenLaagInkomen", tekst: "Hoeveel maanden heeft u al een "
                + "laag inkomen, bijvoorbeeld bijstand?")), "De toeslag is voor mensen die al lang een laag inkomen "
                + "hebben.", stap: stap)
        }
        trace.step("Maanden met een laag inkomen", .aantal(maanden), bron: config.bron.reference)
        trace.step("Vereist aantal maanden (referteperiode)", .aantal(config.referteperiodeMaanden),
                   bron: config.bron.reference)
        let grens = toets.grens(config.inkomensgrensPercentage)
        trace.step("Inkomensgrens: \(config.inkomensgrensPercentage)% van de bijstandsnorm", .bedrag(grens),
                   bron: config.bron.reference)
        guard maanden >= config.referteperiodeMaanden else {
            return uitkomst(.nee, "U heeft nog geen \(config.referteperiodeMaanden) maanden een laag inkomen. "
                + "Daarna kunt u de toeslag misschien wel krijgen.", stap: stap)
        }
        guard toets.inkomen <= grens else {
            return uitkomst(.nee, "Uw inkomen is hoger dan \(grens.formatted) per maand. Dan krijgt u deze "
                + "toeslag niet.", stap: stap)
        }
        let bedrag = config.bedrag(voor: toets.invoer.leefvorm)
        trace.step("Bedrag per jaar voor \(toets.invoer.leefvorm.omschrijving)", .bedrag(bedrag),
                   bron: config.bron.reference)
        return uitkomst(.ja, "U heeft al lang een laag inkomen. U krijgt waarschijnlijk \(bedrag.formatted) "
            + "per jaar. De gemeente kijkt ook of u uitzicht heeft op een hoger inkomen.", perJaar: bedrag, stap: stap)
    }
}
