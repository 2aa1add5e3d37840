import PleinDomain

/// Algemene bijstand for one unit: norm, vermogen test, income after exemptions, amount.
/// Pure and allocation-free with `NoTrace`; the batch kernel calls this per household.
public enum BijstandsBerekening {
    private static let pw = Wet.participatiewet

    /// Without trace: the entry point for batch kernels in other modules, specialised here.
    public static func bereken(_ invoer: BijstandsInvoer, _ p: ParticipatiewetParameters) -> BijstandsUitkomst {
        var trace = NoTrace()
        return bereken(invoer, p, trace: &trace)
    }

    public static func bereken<Trace: TraceRecorder>(_ invoer: BijstandsInvoer,
                                                     _ p: ParticipatiewetParameters,
                                                     trace: inout Trace) -> BijstandsUitkomst {
        var uitkomst = BijstandsUitkomst(status: .recht, leefvorm: invoer.leefvorm, norm: .zero,
                                         vrijlating: .zero, inkomen: .zero, bedrag: .zero,
                                         vakantietoeslag: .zero, alsGeldlening: false)
        trace.step("Leeftijd aanvrager", .aantal(invoer.aanvrager.leeftijd),
                   bron: pw.artikel("13", lid: "1", onderdeel: "f"))
        guard invoer.aanvrager.leeftijd >= 18 else {
            uitkomst.status = .geenRecht(.jongerDan18)
            return uitkomst
        }
        uitkomst.norm = Bijstandsnorm.bereken(invoer, p, trace: &trace)

        let vermogen = vermogenstoets(invoer, p, &trace)
        uitkomst.alsGeldlening = vermogen.alsGeldlening
        if let status = vermogen.status {
            uitkomst.status = status
            return uitkomst
        }

        inkomen(invoer, &uitkomst, p, &trace)
        guard uitkomst.inkomen < uitkomst.norm else {
            trace.step("Inkomen is niet lager dan de norm", .janee(false), bron: pw.artikel("19", lid: "1", onderdeel: "a"))
            uitkomst.status = .geenRecht(.inkomenNietLagerDanNorm)
            return uitkomst
        }
        uitkomst.bedrag = uitkomst.norm - uitkomst.inkomen
        trace.step("Bijstand: norm min inkomen", .bedrag(uitkomst.bedrag), bron: pw.artikel("19", lid: "2"))
        uitkomst.vakantietoeslag = uitkomst.bedrag.multiplied(by: 48, dividedBy: 1048)
        trace.step("Waarvan vakantietoeslag (4,8% van de bijstand, jaarlijks uitbetaald)",
                   .bedrag(uitkomst.vakantietoeslag), bron: pw.artikel("19", lid: "3"))
        return uitkomst
    }

    /// Art. 34 and 19 lid 1 sub b. `status` is set when the test decides the outcome (no right,
    /// or unknown); also used by the municipal schemes that require "geen vermogen" (art. 36).
    static func vermogenstoets<Trace: TraceRecorder>(
        _ invoer: BijstandsInvoer, _ p: ParticipatiewetParameters, _ trace: inout Trace
    ) -> (status: BijstandsUitkomst.Status?, alsGeldlening: Bool) {
        let grens: ParticipatiewetFiguur = switch invoer.leefvorm {
        case .alleenstaande: .vermogensgrensAlleenstaande
        case .alleenstaandeOuder: .vermogensgrensAlleenstaandeOuder
        case .gehuwden: .vermogensgrensGehuwden
        }
        trace.begin("Vermogenstoets", bron: pw.artikel("34"))
        defer { trace.end(nil) }
        trace.step("Vermogensgrens", .bedrag(p[grens]), bron: p.bron(grens))
        guard let vermogen = invoer.vermogen else {
            trace.step("Vermogen onbekend", nil, bron: pw.artikel("34", lid: "1"))
            return (.onbekend(.vermogen), false)
        }
        trace.step("Vermogen (bezittingen min schulden)", .bedrag(vermogen), bron: pw.artikel("34", lid: "1", onderdeel: "a"))
        // Art. 34 lid 2 sub b: vermogen below the limit is left out; at the limit nothing remains.
        if vermogen > p[grens] {
            trace.step("Vermogen boven de grens: er is vermogen in aanmerking te nemen", .bedrag(vermogen - p[grens]),
                       bron: pw.artikel("19", lid: "1", onderdeel: "b"))
            return (.geenRecht(.vermogenBovenGrens), false)
        }
        guard let woning = invoer.eigenWoningVermogen else {
            trace.step("Vermogen in de eigen woning onbekend", nil, bron: pw.artikel("34", lid: "2", onderdeel: "d"))
            return (.onbekend(.eigenWoningVermogen), false)
        }
        guard woning > .zero else { return (nil, false) }
        trace.step("Vermogen in de eigen woning", .bedrag(woning), bron: p.bron(.vrijlatingEigenWoning))
        trace.step("Vrijgelaten vermogen in de eigen woning", .bedrag(p[.vrijlatingEigenWoning]),
                   bron: p.bron(.vrijlatingEigenWoning))
        guard woning > p[.vrijlatingEigenWoning] else { return (nil, false) }
        trace.step("Meer vermogen in de woning: bijstand als geldlening", .janee(true), bron: pw.artikel("50", lid: "1"))
        return (nil, true)
    }

    /// Art. 31–32: net income of aanvrager and partner minus the exemptions; art. 32 lid 3
    /// for a partner without a right of his own.
    private static func inkomen<Trace: TraceRecorder>(
        _ invoer: BijstandsInvoer, _ uitkomst: inout BijstandsUitkomst,
        _ p: ParticipatiewetParameters, _ trace: inout Trace
    ) {
        trace.begin("Inkomen dat meetelt", bron: pw.artikel("32", lid: "1"))
        let ouderMetJongKind = invoer.leefvorm == .alleenstaandeOuder && invoer.kindOnder12
        trace.step(p.vrijlatingsRegime == .artikel34a ? "Regeling voor inkomsten uit werk: artikel 34a (vanaf 1 januari 2026)"
                                                      : "Regeling voor inkomsten uit werk: artikel 31 lid 2",
                   .tekst(p.vrijlatingsRegime.rawValue), bron: p.regimeBron)
        let vrijAanvrager = persoonsinkomen("Netto inkomen aanvrager per maand", invoer.aanvrager, ouderMetJongKind, p, &trace)
        var totaal = invoer.aanvrager.nettoInkomen - vrijAanvrager
        uitkomst.vrijlating = vrijAanvrager
        if let partner = invoer.partner {
            let vrijPartner = persoonsinkomen("Netto inkomen partner per maand", partner, false, p, &trace)
            var partnerInkomen = partner.nettoInkomen - vrijPartner
            uitkomst.vrijlating += vrijPartner
            if partner.leeftijd < 18 {
                // Only what lifts the couple above the gehuwdennorm counts: partner income +
                // (norm − own income) + own income − gehuwdennorm = partner income + norm − gehuwdennorm.
                let gehuwdennorm = uitkomst.norm * 2
                partnerInkomen = (partnerInkomen + uitkomst.norm - gehuwdennorm).clamped(min: .zero)
                trace.step("Inkomen van de partner zonder eigen recht telt alleen boven de gehuwdennorm",
                           .bedrag(partnerInkomen), bron: pw.artikel("32", lid: "3"))
            }
            totaal += partnerInkomen
        }
        uitkomst.inkomen = totaal.clamped(min: .zero)
        trace.end(.bedrag(uitkomst.inkomen))
    }

    private static func persoonsinkomen<Trace: TraceRecorder>(
        _ omschrijving: String, _ persoon: BijstandsPersoon, _ ouderMetJongKind: Bool,
        _ p: ParticipatiewetParameters, _ trace: inout Trace
    ) -> Money {
        trace.step(omschrijving, .bedrag(persoon.nettoInkomen), bron: pw.artikel("31", lid: "3"))
        guard persoon.arbeidsinkomen > .zero else { return .zero }
        trace.step("Waarvan inkomsten uit arbeid", .bedrag(persoon.arbeidsinkomen),
                   bron: pw.artikel("32", lid: "1", onderdeel: "a"))
        return Inkomstenvrijlating.bereken(persoon, alleenstaandeOuderMetKindOnder12: ouderMetJongKind, p, trace: &trace)
    }
}
