import PleinDomain

/// Huurtoeslag (Wet op de huurtoeslag, system from 2026): the rent above the basishuur is
/// subsidised in bands up to the maximale huurgrens, and the toeslag falls linearly with the
/// income above the minimum-inkomensijkpunt.
public struct Huurtoeslag: Scheme {
    public init() {}
    public var code: String { "huurtoeslag" }
    public var naam: String { "Huurtoeslag" }
    public var soort: RegelingSoort { .toeslag }

    /// Art. 21 lid 1, per month: 100% of the rekenhuur from the basishuur to the
    /// kwaliteitskortingsgrens, the first percentage up to the aftoppingsgrens, the second
    /// above it, and nothing above the maximale huurgrens.
    public static func subsidie(rekenhuur: Money, basishuur: Money, kwaliteitskortingsgrens: Money,
                                aftoppingsgrens: Money, maximaleHuurgrens: Money,
                                percentageTotAftoppingsgrens: Percentage,
                                percentageBovenAftoppingsgrens: Percentage) -> Money
    {
        let huur = min(rekenhuur, maximaleHuurgrens)
        let volledig = max(.zero, min(huur, kwaliteitskortingsgrens) - basishuur)
        let totAftopping = max(.zero, min(huur, aftoppingsgrens) - kwaliteitskortingsgrens)
        let bovenAftopping = max(.zero, huur - aftoppingsgrens)
        return volledig + Percentage.som(percentageTotAftoppingsgrens, van: totAftopping,
                                         plus: percentageBovenAftoppingsgrens, van: bovenAftopping)
    }

    /// Art. 21 lid 2, per month: "Y × (afbouwpercentage / 12)" with Y the rekeninkomen above
    /// the minimum-inkomensijkpunt.
    public static func afbouw(rekeninkomen: Money, minimumInkomensijkpunt: Money,
                              afbouwpercentage: Percentage) -> Money
    {
        max(.zero, rekeninkomen - minimumInkomensijkpunt)
            .multiplied(by: afbouwpercentage.duizendsten, dividedBy: Percentage.noemer * 12)
    }

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        let huishouden = context.huishouden
        func uitkomst(_ recht: Recht, _ toelichting: String, perMaand: Money = .zero) -> RegelingUitkomst {
            DienstToeslagen.maandUitkomst(code: code, naam: naam, recht: recht, perMaand: perMaand,
                                          toelichting: toelichting)
        }
        guard let p = context.parameters.huurtoeslag else {
            trace.step("Rekenregels huurtoeslag voor deze datum", .tekst("niet beschikbaar"),
                       bron: Wet.huurtoeslag.artikel("17", lid: "1"))
            return uitkomst(.onbekend(nil), "Voor deze datum kunnen wij de huurtoeslag nog niet berekenen. "
                                + "Doe de proefberekening van Dienst Toeslagen.")
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

        // Servicekosten no longer count from 2026 (art. 5 lid 1): the rekenhuur is the kale huur.
        trace.step("Rekenhuur: de kale huur", .bedrag(woning.kaleHuur), bron: Wet.huurtoeslag.artikel("5", lid: "1"))

        let verlaging = eenpersoons ? p.normhuurverlagingEenpersoons : p.normhuurverlagingMeerpersoons
        let basishuur = p.normhuur.value - verlaging.value - p.basishuurverlaging.value
        trace.begin("Basishuur", bron: Wet.huurtoeslag.artikel("16"))
        trace.step("Normhuur", .bedrag(p.normhuur.value), bron: p.normhuur.bron)
        trace.step(eenpersoons ? "Verlaging eenpersoonshuishouden" : "Verlaging meerpersoonshuishouden",
                   .bedrag(verlaging.value), bron: verlaging.bron)
        trace.step("Verlaging eigen bijdrage", .bedrag(p.basishuurverlaging.value), bron: p.basishuurverlaging.bron)
        trace.end(.bedrag(basishuur))

        let volwassenOfKind = huishouden.personen.contains {
            $0.leeftijd(op: context.peildatum) >= 21 || $0.rol == .kind
        }
        let maximaleHuurgrens = volwassenOfKind ? p.maximaleHuurgrens : p.maximaleHuurgrensJongeren
        trace.step(volwassenOfKind ? "Maximale huurgrens (iemand is 21 of ouder, of er woont een kind)"
                                   : "Maximale huurgrens (iedereen is jonger dan 21)",
                   .bedrag(maximaleHuurgrens.value), bron: maximaleHuurgrens.bron)
        let aftoppingsgrens = personen <= 2 ? p.aftoppingsgrensEenOfTwee : p.aftoppingsgrensDrieOfMeer
        trace.step("Kwaliteitskortingsgrens", .bedrag(p.kwaliteitskortingsgrens.value),
                   bron: p.kwaliteitskortingsgrens.bron)
        trace.step("Aftoppingsgrens", .bedrag(aftoppingsgrens.value), bron: aftoppingsgrens.bron)
        trace.step("Percentage tot de aftoppingsgrens", p.percentageTotAftoppingsgrens.value.traceWaarde,
                   bron: p.percentageTotAftoppingsgrens.bron)
        trace.step("Percentage boven de aftoppingsgrens", p.percentageBovenAftoppingsgrens.value.traceWaarde,
                   bron: p.percentageBovenAftoppingsgrens.bron)
        let subsidie = Huurtoeslag.subsidie(
            rekenhuur: woning.kaleHuur, basishuur: basishuur,
            kwaliteitskortingsgrens: p.kwaliteitskortingsgrens.value, aftoppingsgrens: aftoppingsgrens.value,
            maximaleHuurgrens: maximaleHuurgrens.value,
            percentageTotAftoppingsgrens: p.percentageTotAftoppingsgrens.value,
            percentageBovenAftoppingsgrens: p.percentageBovenAftoppingsgrens.value)
        trace.step("Huurtoeslag vóór de inkomensafbouw", .bedrag(subsidie), bron: Wet.huurtoeslag.artikel("21", lid: "1"))

        let jaarbegin = context.peildatum.eersteJanuari
        let vrijstelling = p.inkomensvrijstellingKind.value
        let rekeninkomen = huishouden.personen.reduce(Money.zero) { som, persoon in
            persoon.rol == .kind && persoon.leeftijd(op: jaarbegin) < 23
                ? som + max(.zero, persoon.toetsingsinkomen - vrijstelling)
                : som + persoon.toetsingsinkomen
        }
        trace.step("Rekeninkomen (thuiswonende kinderen onder 23 pas boven \(vrijstelling.formatted))",
                   .bedrag(rekeninkomen), bron: p.inkomensvrijstellingKind.bron)

        let ijkpunt = eenpersoons ? p.minimumInkomensijkpuntEenpersoons : p.minimumInkomensijkpuntMeerpersoons
        let ophoging = eenpersoons ? p.ijkpuntOphogingEenpersoons : p.ijkpuntOphogingMeerpersoons
        let afbouwpercentage = eenpersoons ? p.afbouwpercentageEenpersoons : p.afbouwpercentageMeerpersoons
        let afbouw: Money
        if let ijkpunt {
            afbouw = Huurtoeslag.afbouw(rekeninkomen: rekeninkomen, minimumInkomensijkpunt: ijkpunt.value,
                                        afbouwpercentage: afbouwpercentage.value)
            trace.begin("Afbouw om het inkomen", bron: Wet.huurtoeslag.artikel("21", lid: "2"))
            trace.step("Minimum-inkomensijkpunt", .bedrag(ijkpunt.value), bron: ijkpunt.bron)
            trace.step("Afbouwpercentage per jaar", afbouwpercentage.value.traceWaarde, bron: afbouwpercentage.bron)
            trace.end(.bedrag(afbouw))
        } else if rekeninkomen <= ophoging.value {
            // Only for a year without an ijkpunt in the tables (none in 2026).
            afbouw = .zero
            trace.step("Geen afbouw: het inkomen ligt onder het minimum-inkomensijkpunt, dat altijd hoger is dan",
                       .bedrag(ophoging.value), bron: ophoging.bron)
        } else {
            trace.step("Minimum-inkomensijkpunt voor deze datum", .tekst("niet beschikbaar"),
                       bron: Wet.huurtoeslag.artikel("17", lid: "1"))
            return uitkomst(.onbekend(nil),
                            "U krijgt hoogstens \(subsidie.formatted) per maand huurtoeslag. Hoeveel precies hangt af van uw inkomen; "
                                + "dat kunnen wij voor deze datum nog niet uitrekenen. Doe de proefberekening van Dienst Toeslagen.")
        }

        let huurtoeslag = max(.zero, subsidie - afbouw)
        trace.step("Huurtoeslag per maand", .bedrag(huurtoeslag), bron: Wet.huurtoeslag.artikel("21", lid: "2"))
        guard huurtoeslag > .zero else {
            return uitkomst(.nee, subsidie > .zero ? "Uw inkomen is te hoog voor huurtoeslag."
                                                   : "Uw huur is te laag voor huurtoeslag.")
        }
        return uitkomst(.ja,
                        "U krijgt waarschijnlijk huurtoeslag: \(huurtoeslag.formatted) per maand. "
                            + (woning.kaleHuur > maximaleHuurgrens.value
                                ? "Over het deel van uw huur boven \(maximaleHuurgrens.value.formatted) krijgt u geen toeslag."
                                : "Dat is een bijdrage in uw huur."),
                        perMaand: huurtoeslag)
    }
}
