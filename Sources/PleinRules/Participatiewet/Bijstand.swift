import PleinDomain

/// Algemene bijstand (Participatiewet): the monthly amount including vakantietoeslag.
public struct Bijstand: Scheme {
    public init() {}
    public var code: String { "bijstand" }
    public var naam: String { "Bijstand (Participatiewet)" }
    public var soort: RegelingSoort { .uitkering }

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        let p = context.parameters.participatiewet
        let invoer = context.bijstandsInvoer
        let uitkomst = BijstandsBerekening.bereken(invoer, p, trace: &trace)
        return RegelingUitkomst(
            code: code, naam: naam, recht: recht(uitkomst.status),
            bedragPerMaand: uitkomst.bedrag, bedragPerJaar: uitkomst.bedrag * 12,
            toelichting: toelichting(uitkomst, invoer, p),
            volgendeStap: VolgendeStap(
                tekst: "Vraag bijstand aan bij uw gemeente. Doe dat snel: bijstand gaat meestal pas in "
                    + "vanaf de dag dat u zich meldt.",
                waar: "Gemeente (afdeling Werk en Inkomen)",
                url: "https://www.rijksoverheid.nl/onderwerpen/bijstand/aanvragen-bijstandsuitkering"))
    }

    private func recht(_ status: BijstandsUitkomst.Status) -> Recht {
        switch status {
        case .recht: return .ja
        case .geenRecht: return .nee
        case .onbekend(let ontbrekend): return .onbekend(VermogensVraag.vraag(ontbrekend))
        }
    }

    /// Plain Dutch (B1): short sentences, the amounts, the rule that decided it.
    private func toelichting(_ u: BijstandsUitkomst, _ invoer: BijstandsInvoer,
                             _ p: ParticipatiewetParameters) -> String {
        switch u.status {
        case .geenRecht(.jongerDan18):
            return "U bent jonger dan 18 jaar. Dan heeft u geen recht op bijstand. Uw ouders moeten voor u zorgen."
        case .geenRecht(.vermogenBovenGrens):
            return "U heeft meer vermogen dan de grens voor een \(u.leefvorm.omschrijving). "
                + "Daarom krijgt u nu geen bijstand. U moet eerst uw eigen geld gebruiken."
        case .onbekend:
            return "Uw bijstandsnorm is \(u.norm.formatted) per maand. Of u bijstand krijgt, hangt ook af van "
                + "uw vermogen. Beantwoord daarom nog de vraag hieronder."
        case .geenRecht(.inkomenNietLagerDanNorm):
            return "Uw inkomen (\(u.inkomen.formatted) per maand) is niet lager dan uw bijstandsnorm "
                + "(\(u.norm.formatted)). Daarom krijgt u geen bijstand."
        case .recht:
            // Room for the longest variant: the text then grows without copying itself.
            var tekst = ""
            tekst.reserveCapacity(640)
            tekst += "Uw bijstandsnorm als \(u.leefvorm.omschrijving) is \(u.norm.formatted) per maand. "
            if invoer.kostendelers > 0 {
                tekst += "U woont met \(invoer.kostendelers) andere volwassene(n) van 27 jaar of ouder. "
                    + "U deelt de kosten, daarom is de norm lager (kostendelersnorm). "
            }
            if u.inkomen > .zero {
                tekst += "Van uw inkomen telt \(u.inkomen.formatted) mee. "
            }
            if u.vrijlating > .zero {
                tekst += "U mag \(u.vrijlating.formatted) van uw loon houden. " + regimeUitleg(p.vrijlatingsRegime)
            }
            tekst += "U krijgt waarschijnlijk \(u.bedrag.formatted) bijstand per maand. Daarin zit "
                + "\(u.vakantietoeslag.formatted) vakantietoeslag; die krijgt u één keer per jaar."
            if u.alsGeldlening {
                tekst += " U heeft veel geld in uw eigen huis. Daarom krijgt u de bijstand als lening."
            }
            return tekst
        }
    }

    private func regimeUitleg(_ regime: VrijlatingsRegime) -> String {
        switch regime {
        case .artikel31:
            return "Dat is 25% van uw loon, tot een maximum, in de eerste zes maanden (artikel 31 Participatiewet). "
        case .artikel34a:
            return "Sinds 1 januari 2026 wordt 15% van uw loon twaalf maanden lang niet verrekend "
                + "(artikel 34a Participatiewet). "
        }
    }
}
