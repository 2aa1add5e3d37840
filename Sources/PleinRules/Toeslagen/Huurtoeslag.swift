import PleinDomain

/// Huurtoeslag (Wet op de huurtoeslag): the rent above the basishuur is subsidised in bands up
/// to the maximale huurgrens. How the income counts depends on the system in force
/// (`HuurtoeslagStelsel`): to 2025 the basishuur rises with the income (normhuur formula), from
/// 2026 the basishuur is fixed and the toeslag falls linearly with the income.
public struct Huurtoeslag: Scheme {
    public init() {}
    public var code: String { "huurtoeslag" }
    public var naam: String { "Huurtoeslag" }
    public var soort: RegelingSoort { .toeslag }

    /// Art. 21 lid 1–3, per month: 100% of the rekenhuur from the basishuur to the
    /// kwaliteitskortingsgrens, the first percentage up to the aftoppingsgrens, the second
    /// above it, and nothing above the maximale huurgrens. A basishuur above the
    /// kwaliteitskortingsgrens (or the aftoppingsgrens) moves the start of the next band up to
    /// it (lid 2 and 3; only reached under the normhuur formula).
    public static func subsidie(rekenhuur: Money, basishuur: Money, kwaliteitskortingsgrens: Money,
                                aftoppingsgrens: Money, maximaleHuurgrens: Money,
                                percentageTotAftoppingsgrens: Percentage,
                                percentageBovenAftoppingsgrens: Percentage) -> Money
    {
        let huur = min(rekenhuur, maximaleHuurgrens)
        let volledig = max(.zero, min(huur, kwaliteitskortingsgrens) - basishuur)
        let totAftopping = max(.zero, min(huur, aftoppingsgrens) - max(kwaliteitskortingsgrens, basishuur))
        let bovenAftopping = max(.zero, huur - max(aftoppingsgrens, basishuur))
        return volledig + Percentage.som(percentageTotAftoppingsgrens, van: totAftopping,
                                         plus: percentageBovenAftoppingsgrens, van: bovenAftopping)
    }

    /// Art. 21 lid 2 (from 2026), per month: "Y × (afbouwpercentage / 12)" with Y the
    /// rekeninkomen above the minimum-inkomensijkpunt.
    public static func afbouw(rekeninkomen: Money, minimumInkomensijkpunt: Money,
                              afbouwpercentage: Percentage) -> Money
    {
        max(.zero, rekeninkomen - minimumInkomensijkpunt)
            .multiplied(by: afbouwpercentage.duizendsten, dividedBy: Percentage.noemer * 12)
    }

    /// Art. 19 lid 2–3 (to 2025): the normhuur a × Y² + b × Y for a rekeninkomen Y (in euro)
    /// above the minimum-inkomensijkpunt, rounded up to whole cents. Exact: in cents it is
    /// (a·10¹² · Yc² + b·10¹² · 100 · Yc) / 10¹⁴ with Yc the income in cents, computed in 128
    /// bits. Incomes above € 30 million are taken as € 30 million; the normhuur there is
    /// millions a month, far above any rent, so the toeslag is nil either way.
    public static func normhuur(rekeninkomen: Money, a: NormhuurFactor, b: NormhuurFactor) -> Money {
        let y = min(max(rekeninkomen.cents, 0), 3_000_000_000)
        let kwadraat = a.biljoensten.multipliedFullWidth(by: y * y)
        let lineair = (b.biljoensten * 100).multipliedFullWidth(by: y)
        let (laag, overloop) = kwadraat.low.addingReportingOverflow(lineair.low)
        let hoog = kwadraat.high &+ lineair.high &+ (overloop ? 1 : 0)
        let (quotient, rest) = Int64(100_000_000_000_000).dividingFullWidth((high: hoog, low: laag))
        return Money(cents: rest > 0 ? quotient + 1 : quotient)
    }

    /// Art. 5 lid 1 sub a and lid 3 (to 2025): the servicekosten that count. Plein asks one
    /// amount for the four kinds of service the law names, so it counts at most four times the
    /// maximum per kind.
    static func subsidiabeleServicekosten(_ servicekosten: Money, perSoort: Money) -> Money {
        min(max(.zero, servicekosten), perSoort * 4)
    }

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        let huishouden = context.huishouden
        let p = context.parameters.huurtoeslag
        func uitkomst(_ recht: Recht, _ toelichting: String, perMaand: Money = .zero) -> RegelingUitkomst {
            DienstToeslagen.maandUitkomst(code: code, naam: naam, recht: recht, perMaand: perMaand,
                                          toelichting: toelichting)
        }
        guard let aanvrager = huishouden.aanvrager else {
            return uitkomst(.onbekend(Vraag(veld: "personen", tekst: "Wie vraagt de toeslag aan?")),
                            "Wij weten niet voor wie de huurtoeslag is.")
        }
        let meerderjarig = aanvrager.leeftijd(op: context.peildatum) >= 18
        trace.step("Huurder is meerderjarig", .janee(meerderjarig), bron: Wet.huurtoeslag.artikel("8"))
        guard meerderjarig else {
            return uitkomst(.nee, "Huurtoeslag is er vanaf 18 jaar.")
        }
        guard let woning = huishouden.woning else {
            return uitkomst(.onbekend(Vraag(veld: "woning", tekst: "Huurt u uw woning, en hoeveel kale huur betaalt u per maand?")),
                            "Of u huurtoeslag krijgt, hangt af van uw woning en uw huur.")
        }
        trace.step("Huurwoning", .janee(woning.soort == .huur), bron: Wet.huurtoeslag.artikel("1", onderdeel: "c"))
        guard woning.soort == .huur else {
            return uitkomst(.nee, "Huurtoeslag is er alleen voor mensen die een woning huren.")
        }
        guard woning.kaleHuur > .zero else {
            return uitkomst(.onbekend(Vraag(veld: "woning.kaleHuur",
                                            tekst: "Hoeveel kale huur betaalt u per maand, zonder servicekosten?")),
                            "Om de huurtoeslag te berekenen, hebben wij uw kale huur nodig.")
        }

        let metPartner = huishouden.heeftPartner
        guard let vermogen = huishouden.vermogen else {
            return uitkomst(.onbekend(DienstToeslagen.vraagVermogen),
                            "Of u huurtoeslag krijgt, hangt ook af van uw vermogen. Dat weten wij nog niet.")
        }
        let vermogensgrens = metPartner ? p.vermogensgrensMetPartner : p.vermogensgrens
        trace.step("Vermogensgrens", .bedrag(vermogensgrens.value), bron: vermogensgrens.bron)
        trace.step("Vermogen niet hoger dan de grens", .janee(vermogen <= vermogensgrens.value),
                   bron: vermogensgrens.bron)
        guard vermogen <= vermogensgrens.value else {
            return uitkomst(.nee, "Uw vermogen is hoger dan \(vermogensgrens.value.formatted). Dan krijgt u geen huurtoeslag.")
        }

        let personen = huishouden.personen.count
        let eenpersoons = personen == 1
        trace.step("Personen in het huishouden", .aantal(personen), bron: Wet.huurtoeslag.artikel("2"))

        let rekenhuur: Money
        switch p.stelsel {
        case .normhuurformule(_, let perSoort):
            let servicekosten = Huurtoeslag.subsidiabeleServicekosten(woning.servicekosten, perSoort: perSoort.value)
            trace.step("Servicekosten die meetellen (vier soorten, elk ten hoogste \(perSoort.value.formatted) per maand)",
                       .bedrag(servicekosten), bron: perSoort.bron)
            rekenhuur = woning.kaleHuur + servicekosten
            trace.step("Rekenhuur: de kale huur plus die servicekosten", .bedrag(rekenhuur),
                       bron: Wet.huurtoeslag.artikel("5", lid: "1"))
        case .lineaireAfbouw:
            // Servicekosten no longer count from 2026 (art. 5 lid 1): the rekenhuur is the kale huur.
            rekenhuur = woning.kaleHuur
            trace.step("Rekenhuur: de kale huur", .bedrag(rekenhuur), bron: Wet.huurtoeslag.artikel("5", lid: "1"))
        }

        let jaarbegin = context.peildatum.eersteJanuari
        let vrijstelling = p.inkomensvrijstellingKind.value
        let rekeninkomen = huishouden.personen.reduce(Money.zero) { som, persoon in
            som + Huurtoeslag.rekeninkomen(toetsingsinkomen: persoon.toetsingsinkomen, isKind: persoon.rol == .kind,
                                           leeftijdOpJaarbegin: persoon.leeftijd(op: jaarbegin), vrijstelling: vrijstelling)
        }
        func registreerRekeninkomen() {
            trace.step("Rekeninkomen (thuiswonende kinderen onder 23 pas boven \(vrijstelling.formatted))",
                       .bedrag(rekeninkomen), bron: p.inkomensvrijstellingKind.bron)
        }
        let ijkpunt = eenpersoons ? p.minimumInkomensijkpuntEenpersoons : p.minimumInkomensijkpuntMeerpersoons

        // The steps follow the article order of each system: from 2026 the basishuur does not
        // depend on the income and comes first; to 2025 it follows from the rekeninkomen.
        var basishuur = Money.zero
        if case .lineaireAfbouw = p.stelsel {
            basishuur = Huurtoeslag.basishuur(p, eenpersoons: eenpersoons, rekeninkomen: rekeninkomen, &trace)
        }

        let leeftijdJongeren = p.leeftijdJongeren.value
        let volwassenOfKind = huishouden.personen.contains {
            Huurtoeslag.teltVoorMaximaleHuurgrens(leeftijd: $0.leeftijd(op: context.peildatum), isKind: $0.rol == .kind,
                                                  leeftijdJongeren: leeftijdJongeren)
        }
        let maximaleHuurgrens = volwassenOfKind ? p.maximaleHuurgrens : p.maximaleHuurgrensJongeren
        trace.step(volwassenOfKind ? "Maximale huurgrens (iemand is \(leeftijdJongeren) of ouder, of er woont een kind)"
                                   : "Maximale huurgrens (iedereen is jonger dan \(leeftijdJongeren))",
                   .bedrag(maximaleHuurgrens.value), bron: maximaleHuurgrens.bron)
        if case .normhuurformule = p.stelsel {
            if rekenhuur > maximaleHuurgrens.value {
                trace.step("Rekenhuur hoger dan de maximale huurgrens", .janee(true), bron: Wet.huurtoeslag.artikel("13", lid: "1"))
                // Art. 13 lid 2 sub b: a household of eight or more in a home meant for it keeps its
                // toeslag up to the limit; whether the home is meant for it is not asked.
                guard personen < Huurtoeslag.grootHuishouden else {
                    return uitkomst(.onbekend(nil),
                                    "Uw huur is hoger dan \(maximaleHuurgrens.value.formatted) per maand. Meestal is er dan "
                                        + "geen huurtoeslag, maar voor een huishouden van acht of meer personen in een woning "
                                        + "die daarvoor bedoeld is wel. Doe de proefberekening van Dienst Toeslagen.")
                }
                return uitkomst(.nee, "Uw huur is hoger dan \(maximaleHuurgrens.value.formatted) per maand. Dan krijgt u "
                                    + "geen huurtoeslag. Dat is anders als uw woning is aangepast voor een handicap, of als "
                                    + "u al eerder huurtoeslag kreeg voor deze woning. Doe dan de proefberekening van Dienst "
                                    + "Toeslagen.")
            }
            registreerRekeninkomen()
            basishuur = Huurtoeslag.basishuur(p, eenpersoons: eenpersoons, rekeninkomen: rekeninkomen, &trace)
        }

        let aftoppingsgrens = personen <= 2 ? p.aftoppingsgrensEenOfTwee : p.aftoppingsgrensDrieOfMeer
        trace.step("Kwaliteitskortingsgrens", .bedrag(p.kwaliteitskortingsgrens.value),
                   bron: p.kwaliteitskortingsgrens.bron)
        trace.step("Aftoppingsgrens", .bedrag(aftoppingsgrens.value), bron: aftoppingsgrens.bron)
        trace.step("Percentage tot de aftoppingsgrens", p.percentageTotAftoppingsgrens.value.traceWaarde,
                   bron: p.percentageTotAftoppingsgrens.bron)
        trace.step("Percentage boven de aftoppingsgrens", p.percentageBovenAftoppingsgrens.value.traceWaarde,
                   bron: p.percentageBovenAftoppingsgrens.bron)
        let subsidie = Huurtoeslag.subsidie(
            rekenhuur: rekenhuur, basishuur: basishuur,
            kwaliteitskortingsgrens: p.kwaliteitskortingsgrens.value, aftoppingsgrens: aftoppingsgrens.value,
            maximaleHuurgrens: maximaleHuurgrens.value,
            percentageTotAftoppingsgrens: p.percentageTotAftoppingsgrens.value,
            percentageBovenAftoppingsgrens: p.percentageBovenAftoppingsgrens.value)

        let huurtoeslag: Money
        switch p.stelsel {
        case .normhuurformule:
            huurtoeslag = subsidie
            trace.step("Huurtoeslag per maand", .bedrag(huurtoeslag), bron: Wet.huurtoeslag.artikel("21", lid: "1"))
        case .lineaireAfbouw(let afbouwEen, let afbouwMeer):
            trace.step("Huurtoeslag vóór de inkomensafbouw", .bedrag(subsidie), bron: Wet.huurtoeslag.artikel("21", lid: "1"))
            registreerRekeninkomen()
            let afbouwpercentage = eenpersoons ? afbouwEen : afbouwMeer
            let afbouw = Huurtoeslag.afbouw(rekeninkomen: rekeninkomen, minimumInkomensijkpunt: ijkpunt.value,
                                            afbouwpercentage: afbouwpercentage.value)
            trace.begin("Afbouw om het inkomen", bron: Wet.huurtoeslag.artikel("21", lid: "2"))
            trace.step("Minimum-inkomensijkpunt", .bedrag(ijkpunt.value), bron: ijkpunt.bron)
            trace.step("Afbouwpercentage per jaar", afbouwpercentage.value.traceWaarde, bron: afbouwpercentage.bron)
            trace.end(.bedrag(afbouw))
            huurtoeslag = max(.zero, subsidie - afbouw)
            trace.step("Huurtoeslag per maand", .bedrag(huurtoeslag), bron: Wet.huurtoeslag.artikel("21", lid: "2"))
        }
        guard huurtoeslag > .zero else {
            // From 2026 the basishuur is fixed, so a toeslag the afbouw took away means the income
            // is too high; to 2025 a rekenhuur above the basishuur of the lowest incomes means the
            // income raised the basishuur above the rent.
            let inkomenTeHoog: Bool = switch p.stelsel {
            case .normhuurformule:
                rekenhuur > p.normhuur.value - (eenpersoons ? p.normhuurverlagingEenpersoons : p.normhuurverlagingMeerpersoons).value
                    - p.basishuurverlaging.value
            case .lineaireAfbouw: subsidie > .zero
            }
            return uitkomst(.nee, inkomenTeHoog ? "Uw inkomen is te hoog voor huurtoeslag."
                                                : "Uw huur is te laag voor huurtoeslag.")
        }
        return uitkomst(.ja,
                        "U krijgt waarschijnlijk huurtoeslag: \(huurtoeslag.formatted) per maand. "
                            + (rekenhuur > maximaleHuurgrens.value
                                ? "Over het deel van uw huur boven \(maximaleHuurgrens.value.formatted) krijgt u geen toeslag."
                                : "Dat is een bijdrage in uw huur."),
                        perMaand: huurtoeslag)
    }

    /// Art. 13 lid 2 sub b: from this many persons the maximale huurgrens may not apply.
    static let grootHuishouden = 8

    /// Art. 16–19: the part of the rent the tenant pays himself, traced.
    private static func basishuur<Trace: TraceRecorder>(_ p: HuurtoeslagParameters, eenpersoons: Bool,
                                                        rekeninkomen: Money, _ trace: inout Trace) -> Money {
        let verlaging = eenpersoons ? p.normhuurverlagingEenpersoons : p.normhuurverlagingMeerpersoons
        trace.begin("Basishuur", bron: Wet.huurtoeslag.artikel("16"))
        let normhuur: Money
        switch p.stelsel {
        case .lineaireAfbouw:
            normhuur = p.normhuur.value - verlaging.value
            trace.step("Normhuur", .bedrag(p.normhuur.value), bron: p.normhuur.bron)
            trace.step(eenpersoons ? "Verlaging eenpersoonshuishouden" : "Verlaging meerpersoonshuishouden",
                       .bedrag(verlaging.value), bron: verlaging.bron)
        case .normhuurformule(let factoren, _):
            let ijkpunt = eenpersoons ? p.minimumInkomensijkpuntEenpersoons : p.minimumInkomensijkpuntMeerpersoons
            trace.step("Minimum-inkomensijkpunt", .bedrag(ijkpunt.value), bron: ijkpunt.bron)
            if rekeninkomen <= ijkpunt.value {
                normhuur = p.normhuur.value - verlaging.value
                trace.step("Normhuur bij een inkomen tot het minimum-inkomensijkpunt", .bedrag(p.normhuur.value),
                           bron: Wet.huurtoeslag.artikel("19", lid: "1"))
                trace.step(eenpersoons ? "Verlaging eenpersoonshuishouden" : "Verlaging meerpersoonshuishouden",
                           .bedrag(verlaging.value), bron: verlaging.bron)
            } else {
                let a = eenpersoons ? factoren.aEenpersoons : factoren.aMeerpersoons
                let b = eenpersoons ? factoren.bEenpersoons : factoren.bMeerpersoons
                normhuur = Huurtoeslag.normhuur(rekeninkomen: rekeninkomen, a: a.value, b: b.value)
                trace.step("Factor a", .tekst(a.value.weergave), bron: a.bron)
                trace.step("Factor b", .tekst(b.value.weergave), bron: b.bron)
                trace.step("Normhuur: a × inkomen² + b × inkomen, naar boven afgerond op hele centen",
                           .bedrag(normhuur), bron: Wet.huurtoeslag.artikel("19", lid: "3"))
            }
        }
        let basishuur = normhuur - p.basishuurverlaging.value
        trace.step("Verlaging eigen bijdrage", .bedrag(p.basishuurverlaging.value), bron: p.basishuurverlaging.bron)
        trace.end(.bedrag(basishuur))
        return basishuur
    }
}
