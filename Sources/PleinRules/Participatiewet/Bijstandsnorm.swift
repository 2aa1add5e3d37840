import PleinDomain

/// The applicable norm (Participatiewet §3.2, art. 20–24) for a bijstand unit: by age, leefvorm
/// and kostendelers. Allocation-free; the trace is built only by a recording `TraceRecorder`.
public enum Bijstandsnorm {
    private static let pw = Wet.participatiewet

    public static func bereken<Trace: TraceRecorder>(_ invoer: BijstandsInvoer,
                                                     _ p: ParticipatiewetParameters,
                                                     trace: inout Trace) -> Money {
        trace.begin("Bijstandsnorm voor \(invoer.leefvorm.omschrijving)", bron: pw.artikel("5", onderdeel: "c"))
        let norm: Money
        if let partner = invoer.partner {
            norm = gehuwden(invoer, invoer.aanvrager, partner, p, &trace)
        } else {
            norm = alleen(invoer, p, &trace)
        }
        trace.end(.bedrag(norm))
        return norm
    }

    /// Records and returns one statutory norm. The description is a literal `String`, which
    /// costs no allocation (an interpolated `StaticString` would).
    private static func norm<Trace: TraceRecorder>(_ figuur: ParticipatiewetFiguur, _ omschrijving: String,
                                                   _ p: ParticipatiewetParameters, _ trace: inout Trace) -> Money {
        trace.step(omschrijving, .bedrag(p[figuur]), bron: p.bron(figuur))
        return p[figuur]
    }

    // MARK: Alleenstaande (ouder)

    private static func alleen<Trace: TraceRecorder>(_ invoer: BijstandsInvoer, _ p: ParticipatiewetParameters,
                                                     _ trace: inout Trace) -> Money {
        let a = invoer.aanvrager
        if a.leeftijd < 21 {
            let basis = invoer.kinderenOnder18 > 0
                ? norm(.alleenstaandeOuder18tot21, "Jongerennorm alleenstaande ouder (18-20 jaar)", p, &trace)
                : norm(.alleenstaande18tot21, "Jongerennorm alleenstaande (18-20 jaar)", p, &trace)
            return verhoogdeJongerennorm(basis, zonderOuders: telling(a), plafond: .alleenstaande21, p, &trace)
        }
        if invoer.kostendelers == 0 {
            return a.aowLeeftijdBereikt
                ? norm(.alleenstaandeAOW, "Norm alleenstaande (ouder) met AOW-leeftijd", p, &trace)
                : norm(.alleenstaande21, "Norm alleenstaande (ouder) van 21 jaar tot AOW-leeftijd", p, &trace)
        }
        return kostendelersnorm(a: invoer.kostendelers + 1, b: a.aowLeeftijdBereikt ? .gehuwdenBeideAOW : .gehuwden21,
                                p, &trace)
    }

    // MARK: Gehuwden

    private static func gehuwden<Trace: TraceRecorder>(_ invoer: BijstandsInvoer, _ a: BijstandsPersoon,
                                                       _ partner: BijstandsPersoon, _ p: ParticipatiewetParameters,
                                                       _ trace: inout Trace) -> Money {
        let kind = invoer.kinderenOnder18 > 0
        if partner.leeftijd < 18 {
            return nietRechthebbendePartner(invoer, a, p, &trace)
        }
        switch (a.leeftijd < 21, partner.leeftijd < 21) {
        case (true, true):
            let basis = kind
                ? norm(.gehuwdenBeide18tot21MetKind, "Jongerennorm gehuwden met kind, beiden 18-20 jaar", p, &trace)
                : norm(.gehuwdenBeide18tot21, "Jongerennorm gehuwden, beiden 18-20 jaar", p, &trace)
            return verhoogdeJongerennorm(basis, zonderOuders: telling(a) + telling(partner), plafond: .gehuwden21,
                                         p, &trace)
        case (true, false), (false, true):
            let (jong, oud) = a.leeftijd < 21 ? (a, partner) : (partner, a)
            if invoer.kostendelers == 0 {
                let basis = kind
                    ? norm(.gehuwdenEen18tot21MetKind, "Norm gehuwden met kind, een partner 18-20 jaar", p, &trace)
                    : norm(.gehuwdenEen18tot21, "Norm gehuwden, een partner 18-20 jaar", p, &trace)
                return verhoogdeJongerennorm(basis, zonderOuders: telling(jong), plafond: .gehuwden21, p, &trace)
            }
            let deelJong = kind
                ? norm(.kostendelerJongeEchtgenootMetKind, "Deel van de partner van 18-20 jaar (met kind)", p, &trace)
                : norm(.kostendelerJongeEchtgenoot, "Deel van de partner van 18-20 jaar", p, &trace)
            return deelJong + kostendelersnorm(a: invoer.kostendelers + 1,
                                               b: oud.aowLeeftijdBereikt ? .gehuwdenBeideAOW : .gehuwden21, p, &trace)
        case (false, false):
            if invoer.kostendelers == 0 {
                switch (a.aowLeeftijdBereikt, partner.aowLeeftijdBereikt) {
                case (true, true): return norm(.gehuwdenBeideAOW, "Norm gehuwden, beiden AOW-leeftijd", p, &trace)
                case (false, false): return norm(.gehuwden21, "Norm gehuwden van 21 jaar tot AOW-leeftijd", p, &trace)
                default: return norm(.gehuwdenEenAOW, "Norm gehuwden, een partner met AOW-leeftijd", p, &trace)
                }
            }
            // Art. 22a lid 2: each spouse's own kostendelersnorm, summed.
            let aantal = invoer.kostendelers + 2
            trace.begin("Som van de kostendelersnormen van beide partners", bron: pw.artikel("22a", lid: "2"))
            let som = kostendelersnorm(a: aantal, b: bVoorPartner(a, echtgenoot: partner), p, &trace)
                + kostendelersnorm(a: aantal, b: bVoorPartner(partner, echtgenoot: a), p, &trace)
            trace.end(.bedrag(som))
            return som
        }
    }

    /// Art. 22a lid 1, B: the gehuwdennorm that matches this spouse's and the other's age.
    private static func bVoorPartner(_ persoon: BijstandsPersoon, echtgenoot: BijstandsPersoon) -> ParticipatiewetFiguur {
        if persoon.aowLeeftijdBereikt { return .gehuwdenBeideAOW }
        return echtgenoot.aowLeeftijdBereikt ? .gehuwdenEenAOW : .gehuwden21
    }

    /// Art. 24: the partner (under 18) has no right to bijstand (art. 13 lid 1 sub f); the
    /// aanvrager gets half the gehuwdennorm for spouses of his own age, or — 21+ with
    /// kostendelers — the kostendelersnorm as if alone.
    private static func nietRechthebbendePartner<Trace: TraceRecorder>(
        _ invoer: BijstandsInvoer, _ a: BijstandsPersoon, _ p: ParticipatiewetParameters, _ trace: inout Trace
    ) -> Money {
        trace.step("Partner jonger dan 18 jaar heeft zelf geen recht op bijstand", .janee(false),
                   bron: pw.artikel("13", lid: "1", onderdeel: "f"))
        if a.leeftijd >= 21 && invoer.kostendelers > 0 {
            return kostendelersnorm(a: invoer.kostendelers + 1, b: a.aowLeeftijdBereikt ? .gehuwdenBeideAOW : .gehuwden21,
                                    p, &trace)
        }
        let figuur: ParticipatiewetFiguur = a.leeftijd < 21
            ? (invoer.kinderenOnder18 > 0 ? .gehuwdenBeide18tot21MetKind : .gehuwdenBeide18tot21)
            : (a.aowLeeftijdBereikt ? .gehuwdenBeideAOW : .gehuwden21)
        let gehuwdennorm = norm(figuur, "Norm gehuwden van de leeftijd van de aanvrager", p, &trace)
        let helft = gehuwdennorm.multiplied(by: 1, dividedBy: 2)
        trace.step("50% van die norm", .bedrag(helft), bron: pw.artikel("24"))
        return helft
    }

    /// Art. 22a lid 1: (40 + A × 30) / (A × 100) × B, rounded to the cent.
    static func kostendelersnorm<Trace: TraceRecorder>(a: Int, b: ParticipatiewetFiguur, _ p: ParticipatiewetParameters,
                                                       _ trace: inout Trace) -> Money {
        let aantal = Int64(a)
        let uitkomst = p[b].multiplied(by: 40 + 30 * aantal, dividedBy: 100 * aantal)
        trace.begin("Kostendelersnorm: (40 + A × 30) / (A × 100) × B", bron: pw.artikel("22a", lid: "1"))
        trace.step("A: aantal kostendelende medebewoners plus belanghebbende (en partner van 21+)",
                   .aantal(a), bron: pw.artikel("22a", lid: "1"))
        trace.step("B: norm voor gehuwden", .bedrag(p[b]), bron: p.bron(b))
        trace.end(.bedrag(uitkomst))
        return uitkomst
    }

    private static func telling(_ persoon: BijstandsPersoon) -> Int64 {
        persoon.leeftijd < 21 && persoon.geenOnderhoudOuders ? 1 : 0
    }

    /// Art. 20 lid 3 and 4 (from 2026): the youth norm raised for each young person who
    /// cannot rely on the parents, capped at the art. 21 norm for a comparable situation.
    private static func verhoogdeJongerennorm<Trace: TraceRecorder>(
        _ basis: Money, zonderOuders: Int64, plafond: ParticipatiewetFiguur,
        _ p: ParticipatiewetParameters, _ trace: inout Trace
    ) -> Money {
        guard zonderOuders > 0, let verhoging = p.verhogingJongereZonderOuders else { return basis }
        var uitkomst = basis + verhoging * zonderOuders
        trace.step("Verhoging voor \(zonderOuders) jongere(n) zonder beroep op onderhoud door de ouders",
                   .bedrag(verhoging * zonderOuders), bron: p.verhogingJongereBron)
        if uitkomst > p[plafond] {
            uitkomst = p[plafond]
            trace.step("Niet hoger dan de norm van artikel 21 in een vergelijkbare situatie",
                       .bedrag(uitkomst), bron: pw.artikel("20", lid: "4"))
        }
        return uitkomst
    }
}
