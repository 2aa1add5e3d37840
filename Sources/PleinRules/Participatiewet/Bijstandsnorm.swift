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

    // MARK: Alleenstaande (ouder)

    private static func alleen<Trace: TraceRecorder>(_ invoer: BijstandsInvoer, _ p: ParticipatiewetParameters,
                                                     _ trace: inout Trace) -> Money {
        let a = invoer.aanvrager
        let ouder = invoer.kinderenOnder18 > 0
        if a.leeftijd < 21 {
            let basis = ouder ? p.alleenstaandeOuder18tot21 : p.alleenstaande18tot21
            trace.step(ouder ? "Jongerennorm alleenstaande ouder (18-20 jaar)" : "Jongerennorm alleenstaande (18-20 jaar)",
                       .bedrag(basis.value), bron: basis.bron)
            return verhoogdeJongerennorm(basis.value, zonderOuders: telling(a), plafond: p.alleenstaande21, p, &trace)
        }
        if invoer.kostendelers == 0 {
            let norm = a.aowLeeftijdBereikt ? p.alleenstaandeAOW : p.alleenstaande21
            trace.step(a.aowLeeftijdBereikt ? "Norm alleenstaande (ouder) met AOW-leeftijd"
                                            : "Norm alleenstaande (ouder) van 21 jaar tot AOW-leeftijd",
                       .bedrag(norm.value), bron: norm.bron)
            return norm.value
        }
        let b = a.aowLeeftijdBereikt ? p.gehuwdenBeideAOW : p.gehuwden21
        return kostendelersnorm(a: invoer.kostendelers + 1, b: b, &trace)
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
            let basis = kind ? p.gehuwdenBeide18tot21MetKind : p.gehuwdenBeide18tot21
            trace.step("Jongerennorm gehuwden, beiden 18-20 jaar", .bedrag(basis.value), bron: basis.bron)
            return verhoogdeJongerennorm(basis.value, zonderOuders: telling(a) + telling(partner), plafond: p.gehuwden21, p, &trace)
        case (true, false), (false, true):
            let (jong, oud) = a.leeftijd < 21 ? (a, partner) : (partner, a)
            if invoer.kostendelers == 0 {
                let basis = kind ? p.gehuwdenEen18tot21MetKind : p.gehuwdenEen18tot21
                trace.step("Norm gehuwden, een partner 18-20 jaar en een 21 jaar of ouder",
                           .bedrag(basis.value), bron: basis.bron)
                return verhoogdeJongerennorm(basis.value, zonderOuders: telling(jong), plafond: p.gehuwden21, p, &trace)
            }
            let deelJong = kind ? p.kostendelerJongeEchtgenootMetKind : p.kostendelerJongeEchtgenoot
            trace.step("Deel van de partner van 18-20 jaar bij kostendelers", .bedrag(deelJong.value),
                       bron: deelJong.bron)
            let b = oud.aowLeeftijdBereikt ? p.gehuwdenBeideAOW : p.gehuwden21
            return deelJong.value + kostendelersnorm(a: invoer.kostendelers + 1, b: b, &trace)
        case (false, false):
            if invoer.kostendelers == 0 {
                let norm = switch (a.aowLeeftijdBereikt, partner.aowLeeftijdBereikt) {
                case (true, true): p.gehuwdenBeideAOW
                case (false, false): p.gehuwden21
                default: p.gehuwdenEenAOW
                }
                trace.step("Norm gehuwden", .bedrag(norm.value), bron: norm.bron)
                return norm.value
            }
            // Art. 22a lid 2: each spouse's own kostendelersnorm, summed.
            let aantal = invoer.kostendelers + 2
            trace.begin("Som van de kostendelersnormen van beide partners", bron: pw.artikel("22a", lid: "2"))
            let som = kostendelersnorm(a: aantal, b: bVoorPartner(a, echtgenoot: partner, p), &trace)
                + kostendelersnorm(a: aantal, b: bVoorPartner(partner, echtgenoot: a, p), &trace)
            trace.end(.bedrag(som))
            return som
        }
    }

    /// Art. 22a lid 1, B: the gehuwdennorm that matches this spouse's and the other's age.
    private static func bVoorPartner(_ persoon: BijstandsPersoon, echtgenoot: BijstandsPersoon,
                                     _ p: ParticipatiewetParameters) -> Dated<Money> {
        if persoon.aowLeeftijdBereikt { return p.gehuwdenBeideAOW }
        return echtgenoot.aowLeeftijdBereikt ? p.gehuwdenEenAOW : p.gehuwden21
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
            let b = a.aowLeeftijdBereikt ? p.gehuwdenBeideAOW : p.gehuwden21
            return kostendelersnorm(a: invoer.kostendelers + 1, b: b, &trace)
        }
        let kind = invoer.kinderenOnder18 > 0
        let gehuwdennorm: Dated<Money> = a.leeftijd < 21
            ? (kind ? p.gehuwdenBeide18tot21MetKind : p.gehuwdenBeide18tot21)
            : (a.aowLeeftijdBereikt ? p.gehuwdenBeideAOW : p.gehuwden21)
        trace.step("Norm gehuwden van de leeftijd van de aanvrager", .bedrag(gehuwdennorm.value),
                   bron: gehuwdennorm.bron)
        let norm = gehuwdennorm.value.multiplied(by: 1, dividedBy: 2)
        trace.step("50% van die norm", .bedrag(norm), bron: pw.artikel("24"))
        return norm
    }

    private static func telling(_ persoon: BijstandsPersoon) -> Int64 {
        persoon.leeftijd < 21 && persoon.geenOnderhoudOuders ? 1 : 0
    }

    /// Art. 22a lid 1: (40 + A × 30) / (A × 100) × B, rounded to the cent.
    static func kostendelersnorm<Trace: TraceRecorder>(a: Int, b: Dated<Money>, _ trace: inout Trace) -> Money {
        let bron = pw.artikel("22a", lid: "1")
        let aantal = Int64(a)
        let norm = b.value.multiplied(by: 40 + 30 * aantal, dividedBy: 100 * aantal)
        trace.begin("Kostendelersnorm: (40 + A × 30) / (A × 100) × B", bron: bron)
        trace.step("A: aantal kostendelende medebewoners plus belanghebbende (en partner van 21+)",
                   .aantal(a), bron: bron)
        trace.step("B: norm voor gehuwden", .bedrag(b.value), bron: b.bron)
        trace.end(.bedrag(norm))
        return norm
    }

    /// Art. 20 lid 3 and 4 (from 2026): the youth norm raised for each young person who
    /// cannot rely on the parents, capped at the art. 21 norm for a comparable situation.
    private static func verhoogdeJongerennorm<Trace: TraceRecorder>(
        _ basis: Money, zonderOuders: Int64, plafond: Dated<Money>,
        _ p: ParticipatiewetParameters, _ trace: inout Trace
    ) -> Money {
        guard zonderOuders > 0, let verhoging = p.verhogingJongereZonderOuders.value else { return basis }
        var norm = basis + verhoging * zonderOuders
        trace.step("Verhoging voor \(zonderOuders) jongere(n) zonder beroep op onderhoud door de ouders",
                   .bedrag(verhoging * zonderOuders), bron: p.verhogingJongereZonderOuders.bron)
        if norm > plafond.value {
            norm = plafond.value
            trace.step("Niet hoger dan de norm van artikel 21 in een vergelijkbare situatie",
                       .bedrag(norm), bron: pw.artikel("20", lid: "4"))
        }
        return norm
    }
}
