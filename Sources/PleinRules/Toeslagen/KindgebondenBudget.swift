import PleinDomain

/// Kindgebonden budget (Wet op het kindgebonden budget): an amount per child with supplements
/// for older children and for single parents, reduced above the drempelinkomen.
public struct KindgebondenBudget: Scheme {
    public init() {}
    public var code: String { "kindgebondenBudget" }
    public var naam: String { "Kindgebonden budget" }
    public var soort: RegelingSoort { .toeslag }

    /// The children that count in the calendar month `maandnummer` (art. 2 lid 11: the claim
    /// is set per month): from the month after birth up to and including the month of the
    /// 18th birthday (lid 1); the 12+ supplement from the month after the 12th birthday (lid 3),
    /// the 16+ supplement from the month after the 16th (lid 5).
    public static func telling(geboortedata: some Sequence<CivilDate>, maandnummer: Int)
        -> (kinderen: Int, twaalfTotZestien: Int, zestienEnZeventien: Int)
    {
        var telling = (kinderen: 0, twaalfTotZestien: 0, zestienEnZeventien: 0)
        for geboortedatum in geboortedata
        where geboortedatum.maandnummer < maandnummer
            && geboortedatum.adding(years: 18).maandnummer >= maandnummer
        {
            telling.kinderen += 1
            if geboortedatum.adding(years: 16).maandnummer < maandnummer {
                telling.zestienEnZeventien += 1
            } else if geboortedatum.adding(years: 12).maandnummer < maandnummer {
                telling.twaalfTotZestien += 1
            }
        }
        return telling
    }

    /// Art. 2 lid 2–8 on a yearly basis: the sum of the amounts, the drempel the reduction
    /// starts from, the reduction and the kindgebonden budget.
    public static func jaarbedrag(kinderen: Int, twaalfTotZestien: Int, zestienEnZeventien: Int,
                                  metPartner: Bool, toetsingsinkomen: Money,
                                  _ p: KindgebondenBudgetParameters)
        -> (som: Money, drempel: Money, vermindering: Money, budget: Money)
    {
        guard kinderen > 0 else { return (.zero, .zero, .zero, .zero) }
        var som = p.bedragPerKind.value * Int64(kinderen)
            + p.verhoging12tot16.value * Int64(twaalfTotZestien)
            + p.verhoging16en17.value * Int64(zestienEnZeventien)
        if !metPartner { som += p.alleenstaandeOuderkop.value }
        let drempel = p.drempelinkomen.bedrag.value
            + (metPartner ? p.verhogingDrempelMetPartner.value : .zero)
        let vermindering = p.afbouwpercentage.value.van(max(.zero, toetsingsinkomen - drempel))
        return (som, drempel, vermindering, max(.zero, som - vermindering))
    }

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        let huishouden = context.huishouden
        let p = context.parameters.kindgebondenBudget
        func uitkomst(_ recht: Recht, _ toelichting: String, perJaar: Money = .zero) -> RegelingUitkomst {
            DienstToeslagen.jaarUitkomst(code: code, naam: naam, recht: recht, perJaar: perJaar,
                                         toelichting: toelichting)
        }
        guard let aanvrager = huishouden.aanvrager else {
            return uitkomst(.onbekend(Vraag(veld: "personen", tekst: "Wie vraagt de toeslag aan?")),
                            "Wij weten niet voor wie het kindgebonden budget is.")
        }

        let telling = KindgebondenBudget.telling(geboortedata: huishouden.kinderen.lazy.map(\.geboortedatum),
                                                 maandnummer: context.peildatum.maandnummer)
        trace.step("Kinderen onder 18 (vanaf de maand na de geboorte)", .aantal(telling.kinderen),
                   bron: Wet.kindgebondenBudget.artikel("2", lid: "1"))
        guard telling.kinderen > 0 else {
            return uitkomst(.nee, "Kindgebonden budget is er voor ouders met kinderen onder de 18 jaar.")
        }

        let metPartner = huishouden.heeftPartner
        trace.step("Toeslagpartner", .janee(metPartner), bron: Wet.awir.artikel("3"))
        guard let vermogen = huishouden.vermogen else {
            return uitkomst(.onbekend(DienstToeslagen.vraagVermogen),
                            "Of u kindgebonden budget krijgt, hangt ook af van uw vermogen. Dat weten wij nog niet.")
        }
        let grens = metPartner ? p.vermogensgrensMetPartner : p.vermogensgrensZonderPartner
        trace.step("Vermogensgrens", .bedrag(grens.value), bron: grens.bron)
        trace.step("Vermogen niet hoger dan de grens", .janee(vermogen <= grens.value), bron: grens.bron)
        guard vermogen <= grens.value else {
            return uitkomst(.nee, "Uw vermogen is hoger dan \(grens.value.formatted). Dan krijgt u geen kindgebonden budget.")
        }

        let inkomen = aanvrager.toetsingsinkomen + (huishouden.partner?.toetsingsinkomen ?? .zero)
        let bedragen = KindgebondenBudget.jaarbedrag(
            kinderen: telling.kinderen, twaalfTotZestien: telling.twaalfTotZestien,
            zestienEnZeventien: telling.zestienEnZeventien, metPartner: metPartner,
            toetsingsinkomen: inkomen, p)

        trace.begin("Bedragen per jaar voor de kinderen", bron: Wet.kindgebondenBudget.artikel("2", lid: "2"))
        trace.step("Bedrag per kind", .bedrag(p.bedragPerKind.value), bron: p.bedragPerKind.bron)
        trace.step("Kinderen van 12 tot 16 jaar (vanaf de maand na de 12e verjaardag)",
                   .aantal(telling.twaalfTotZestien), bron: Wet.kindgebondenBudget.artikel("2", lid: "3"))
        trace.step("Verhoging per kind van 12 tot 16 jaar", .bedrag(p.verhoging12tot16.value),
                   bron: p.verhoging12tot16.bron)
        trace.step("Kinderen van 16 of 17 jaar (vanaf de maand na de 16e verjaardag)",
                   .aantal(telling.zestienEnZeventien), bron: p.verhoging16en17.bron)
        trace.step("Verhoging per kind van 16 of 17 jaar", .bedrag(p.verhoging16en17.value),
                   bron: p.verhoging16en17.bron)
        trace.step("Alleenstaande-ouderkop", .bedrag(metPartner ? .zero : p.alleenstaandeOuderkop.value),
                   bron: p.alleenstaandeOuderkop.bron)
        trace.end(.bedrag(bedragen.som))

        trace.begin("Vermindering om het inkomen",
                    bron: Wet.kindgebondenBudget.artikel("2", lid: metPartner ? "8" : "7"))
        trace.step(metPartner ? "Gezamenlijk toetsingsinkomen" : "Toetsingsinkomen", .bedrag(inkomen),
                   bron: Wet.awir.artikel("8"))
        p.drempelinkomen.registreer(in: &trace)
        if metPartner {
            trace.step("Verhoging van het drempelinkomen met een partner",
                       .bedrag(p.verhogingDrempelMetPartner.value), bron: p.verhogingDrempelMetPartner.bron)
        }
        trace.step("Afbouwpercentage over het inkomen boven de drempel",
                   p.afbouwpercentage.value.traceWaarde, bron: p.afbouwpercentage.bron)
        trace.end(.bedrag(bedragen.vermindering))
        trace.step("Kindgebonden budget per jaar", .bedrag(bedragen.budget),
                   bron: Wet.kindgebondenBudget.artikel("2", lid: metPartner ? "8" : "7"))
        trace.step("Kindgebonden budget per maand", .bedrag(bedragen.budget.multiplied(by: 1, dividedBy: 12)),
                   bron: Wet.kindgebondenBudget.artikel("2", lid: "11"))

        guard bedragen.budget > .zero else {
            return uitkomst(.nee, "Uw inkomen is te hoog voor kindgebonden budget.")
        }
        let perMaand = bedragen.budget.multiplied(by: 1, dividedBy: 12)
        return uitkomst(.ja,
                        "U krijgt waarschijnlijk kindgebonden budget: \(perMaand.formatted) per maand. "
                            + "Dat is een bijdrage in de kosten van uw kinderen, naast de kinderbijslag.",
                        perJaar: bedragen.budget)
    }
}
