import PleinDomain

/// Zorgtoeslag (Wet op de zorgtoeslag): the standaardpremie minus the normpremie the household
/// can bear at its income.
public struct Zorgtoeslag: Scheme {
    public init() {}
    public var code: String { "zorgtoeslag" }
    public var naam: String { "Zorgtoeslag" }
    public var soort: RegelingSoort { .toeslag }

    /// Art. 2 lid 1–3 for one toetsingsinkomen (joint with a partner): the standaardpremie
    /// taken into account, the normpremie and the zorgtoeslag per year. Below the
    /// drempelinkomen the normpremie stays the percentage *of the drempelinkomen*, so the
    /// toeslag is at its maximum there.
    public static func jaarbedrag(toetsingsinkomen: Money, metPartner: Bool,
                                  _ p: ZorgtoeslagParameters)
        -> (premie: Money, normpremie: Money, zorgtoeslag: Money)
    {
        let drempelinkomen = p.drempelinkomen.bedrag.value
        let drempelpercentage = metPartner ? p.drempelpercentageMetPartner.value
                                           : p.drempelpercentageZonderPartner.value
        let bovenDrempel = max(.zero, toetsingsinkomen - drempelinkomen)
        let normpremie = Percentage.som(drempelpercentage, van: drempelinkomen,
                                        plus: p.inkomenspercentage.value, van: bovenDrempel)
        let premie = p.standaardpremie.value * (metPartner ? 2 : 1)
        return (premie, normpremie, max(.zero, premie - normpremie))
    }

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        let huishouden = context.huishouden
        let p = context.parameters.zorgtoeslag
        func uitkomst(_ recht: Recht, _ toelichting: String, perJaar: Money = .zero) -> RegelingUitkomst {
            DienstToeslagen.jaarUitkomst(code: code, naam: naam, recht: recht, perJaar: perJaar,
                                         toelichting: toelichting)
        }
        guard let aanvrager = huishouden.aanvrager else {
            return uitkomst(.onbekend(Vraag(veld: "personen", tekst: "Wie vraagt de toeslag aan?")),
                            "Wij weten niet voor wie de zorgtoeslag is.")
        }

        // A verzekerde counts from the first day of the month after the 18th birthday.
        let meerderjarig = aanvrager.geboortedatum.adding(years: 18).maandnummer
            < context.peildatum.maandnummer
        trace.step("Verzekerde vanaf de maand na de 18e verjaardag", .janee(meerderjarig),
                   bron: Wet.zorgtoeslag.artikel("1", lid: "1", onderdeel: "c"))
        guard meerderjarig else {
            return uitkomst(.nee, "U krijgt zorgtoeslag vanaf de maand nadat u 18 jaar bent geworden.")
        }

        let metPartner = huishouden.heeftPartner
        trace.step("Toeslagpartner", .janee(metPartner), bron: Wet.awir.artikel("3"))
        guard let vermogen = huishouden.vermogen else {
            return uitkomst(.onbekend(DienstToeslagen.vraagVermogen),
                            "Of u zorgtoeslag krijgt, hangt ook af van uw vermogen. Dat weten wij nog niet.")
        }
        let grens = metPartner ? p.vermogensgrensMetPartner : p.vermogensgrensZonderPartner
        trace.step("Vermogensgrens", .bedrag(grens.value), bron: grens.bron)
        trace.step("Vermogen niet hoger dan de grens", .janee(vermogen <= grens.value), bron: grens.bron)
        guard vermogen <= grens.value else {
            return uitkomst(.nee, "Uw vermogen is hoger dan \(grens.value.formatted). Dan krijgt u geen zorgtoeslag.")
        }

        let inkomen = aanvrager.toetsingsinkomen + (huishouden.partner?.toetsingsinkomen ?? .zero)
        let bedragen = Zorgtoeslag.jaarbedrag(toetsingsinkomen: inkomen, metPartner: metPartner, p)
        trace.step(metPartner ? "Gezamenlijk toetsingsinkomen" : "Toetsingsinkomen", .bedrag(inkomen),
                   bron: Wet.zorgtoeslag.artikel("2", lid: "2"))
        trace.begin("Normpremie", bron: Wet.zorgtoeslag.artikel("2", lid: "2"))
        p.drempelinkomen.registreer(in: &trace)
        let drempelpercentage = metPartner ? p.drempelpercentageMetPartner : p.drempelpercentageZonderPartner
        trace.step("Percentage van het drempelinkomen", drempelpercentage.value.traceWaarde,
                   bron: drempelpercentage.bron)
        trace.step("Inkomen boven het drempelinkomen",
                   .bedrag(max(.zero, inkomen - p.drempelinkomen.bedrag.value)),
                   bron: Wet.zorgtoeslag.artikel("2", lid: "2"))
        trace.step("Percentage van het inkomen boven het drempelinkomen",
                   p.inkomenspercentage.value.traceWaarde, bron: p.inkomenspercentage.bron)
        trace.end(.bedrag(bedragen.normpremie))
        trace.step(metPartner ? "Standaardpremie, tweemaal met een partner" : "Standaardpremie",
                   .bedrag(bedragen.premie), bron: Wet.zorgtoeslag.artikel("2", lid: "1"))
        trace.step("Zorgtoeslag per jaar: standaardpremie min normpremie",
                   .bedrag(bedragen.zorgtoeslag), bron: Wet.zorgtoeslag.artikel("2", lid: "1"))
        trace.step("Zorgtoeslag per maand", .bedrag(bedragen.zorgtoeslag.multiplied(by: 1, dividedBy: 12)),
                   bron: Wet.zorgtoeslag.artikel("2", lid: "5"))

        guard bedragen.zorgtoeslag > .zero else {
            return uitkomst(.nee, "Uw inkomen is te hoog voor zorgtoeslag.")
        }
        let perMaand = bedragen.zorgtoeslag.multiplied(by: 1, dividedBy: 12)
        return uitkomst(.ja,
                        "U krijgt waarschijnlijk zorgtoeslag: \(perMaand.formatted) per maand. "
                            + "Dat is een bijdrage in de kosten van uw zorgverzekering.",
                        perJaar: bedragen.zorgtoeslag)
    }
}
