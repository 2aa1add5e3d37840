import PleinDomain

/// Kwijtschelding of municipal taxes — an advice. The national norm (Uitvoeringsregeling
/// Invorderingswet 1990, applied to municipal taxes by Gemeentewet art. 255) compares the
/// household's income with the kosten van bestaan; the municipality chooses the percentage
/// of the bijstandsnorm (`KwijtscheldingConfig`, default 100%). 80% of the yearly payment
/// capacity must go to the taxes; the rest is forgiven.
public struct Kwijtschelding: Scheme {
    public init() {}
    public var code: String { "kwijtschelding" }
    public var naam: String { "Kwijtschelding gemeentelijke belastingen" }
    public var soort: RegelingSoort { .gemeentelijk }

    /// UNVERIFIED article numbers (see docs/law/participatiewet.md): kosten van bestaan art. 16,
    /// betalingscapaciteit art. 14 (80%).
    private static let kostenVanBestaan = Wet.uitvoeringsregelingInvordering.artikel("16")
    private static let betalingscapaciteit = Wet.uitvoeringsregelingInvordering.artikel("14")

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        let config = context.gemeente?.kwijtschelding
            ?? KwijtscheldingConfig(aanvragen: Loket(tekst: "Vraag kwijtschelding aan bij uw gemeente of "
                + "bij de organisatie die de belastingen int.", waar: "Gemeente (belastingen)"))
        func uitkomst(_ recht: Recht, _ toelichting: String, perJaar: Money = .zero) -> RegelingUitkomst {
            RegelingUitkomst(code: code, naam: naam, recht: recht,
                             bedragPerMaand: perJaar.multiplied(by: 1, dividedBy: 12), bedragPerJaar: perJaar,
                             toelichting: "Advies. " + toelichting, volgendeStap: config.aanvragen.volgendeStap)
        }
        let toets = Minimatoets(context, trace: &trace)
        guard toets.invoer.aanvrager.leeftijd >= 18 else {
            return uitkomst(.nee, "Kwijtschelding is voor volwassenen die de aanslag krijgen.")
        }
        let kosten = toets.grens(config.normPercentage)
        trace.step("Kosten van bestaan: \(config.normPercentage)% van de bijstandsnorm (keuze van de gemeente)",
                   .bedrag(kosten), bron: Self.kostenVanBestaan)
        guard let vermogen = context.huishouden.vermogen else {
            return uitkomst(.onbekend(VermogensVraag.vermogen), "Voor kwijtschelding kijkt de gemeente ook naar "
                + "uw spaargeld.")
        }
        // Savings above one month's kosten van bestaan must be used for the taxes first.
        trace.step("Vermogen", .bedrag(vermogen), bron: Wet.uitvoeringsregelingInvordering.artikel("12"))
        guard vermogen <= kosten else {
            return uitkomst(.nee, "U heeft meer spaargeld dan \(kosten.formatted). Dan betaalt u de belastingen "
                + "eerst daarvan.")
        }
        let capaciteit = (toets.inkomen - kosten).clamped(min: .zero)
        trace.step("Betalingscapaciteit per maand: inkomen min kosten van bestaan", .bedrag(capaciteit),
                   bron: Self.betalingscapaciteit)
        let beschikbaar = (capaciteit * 12).multiplied(by: 80, dividedBy: 100)
        trace.step("Per jaar te betalen: 80% van 12 maanden betalingscapaciteit", .bedrag(beschikbaar),
                   bron: Self.betalingscapaciteit)
        guard let belastingen = context.huishouden.gemeentelijkeBelastingenPerJaar else {
            if capaciteit == .zero {
                return uitkomst(.ja, "Uw inkomen is niet hoger dan de kosten van bestaan. U krijgt waarschijnlijk "
                    + "volledige kwijtschelding van uw gemeentelijke belastingen.")
            }
            return uitkomst(.onbekend(Vraag(veld: "gemeentelijkeBelastingenPerJaar", tekst: "Hoeveel gemeentelijke "
                + "belastingen moet u dit jaar betalen (de aanslag)?")), "U kunt waarschijnlijk een deel zelf betalen.")
        }
        let kwijt = (belastingen - beschikbaar).clamped(min: .zero)
        trace.step("Kwijtschelding: aanslag min wat u kunt betalen", .bedrag(kwijt), bron: Self.betalingscapaciteit)
        guard kwijt > .zero else {
            return uitkomst(.nee, "U kunt de belastingen van \(belastingen.formatted) zelf betalen.")
        }
        return uitkomst(.ja, "U hoeft waarschijnlijk \(kwijt.formatted) van uw gemeentelijke belastingen niet te "
            + "betalen.", perJaar: kwijt)
    }
}
