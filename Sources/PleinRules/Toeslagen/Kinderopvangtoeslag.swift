import PleinDomain

/// Kinderopvangtoeslag (Wet kinderopvang): per child a percentage of the childcare costs, up
/// to a maximum price per hour and a maximum number of hours; the percentage falls with the
/// joint income and is higher for every child after the first.
public struct Kinderopvangtoeslag: Scheme {
    public init() {}
    public var code: String { "kinderopvangtoeslag" }
    public var naam: String { "Kinderopvangtoeslag" }
    public var soort: RegelingSoort { .toeslag }

    /// The table row for a joint toetsingsinkomen: the last row starting at or below it.
    public static func schijf(voor inkomen: Money, in tabel: [Toeslagschijf]) -> Toeslagschijf {
        tabel.last { $0.vanaf <= inkomen } ?? tabel[0]
    }

    /// The toeslag for one child for one month: the hours up to the maximum, times the price up
    /// to the maximum uurprijs, gives the costs that count; the toeslag is the percentage of
    /// those, to the cent.
    public static func maandbedrag(uren: Int, uurprijs: Money, maximumUurprijs: Money,
                                   maximumUren: Int, percentage: Percentage)
        -> (kosten: Money, toeslag: Money)
    {
        let kosten = min(uurprijs, maximumUurprijs) * Int64(min(max(uren, 0), maximumUren))
        return (kosten, percentage.van(kosten))
    }

    /// Which child is the first child: the one with the most hours of childcare, and with
    /// equal hours the one with the highest costs (Dienst Toeslagen's rule for bijlage I).
    public static func eersteKind(_ opvang: [Kinderopvang]) -> Int? {
        // `max(by:)` keeps the earlier of equal elements, so a full tie goes to the first child
        // in the input.
        opvang.indices.max { a, b in
            (opvang[a].urenPerMaand, opvang[a].uurprijs * Int64(opvang[a].urenPerMaand))
                < (opvang[b].urenPerMaand, opvang[b].uurprijs * Int64(opvang[b].urenPerMaand))
        }
    }

    /// The opvangsoort as the Besluit names it, for the trace.
    static func omschrijving(_ soort: KinderopvangSoort) -> String {
        switch soort {
        case .dagopvang: return "dagopvang"
        case .buitenschoolseOpvang: return "buitenschoolse opvang"
        case .gastouderopvang: return "gastouderopvang"
        }
    }

    public func evaluate<Trace: TraceRecorder>(_ context: EvaluationContext,
                                               trace: inout Trace) -> RegelingUitkomst {
        let huishouden = context.huishouden
        let p = context.parameters.kinderopvangtoeslag
        func uitkomst(_ recht: Recht, _ toelichting: String, perMaand: Money = .zero) -> RegelingUitkomst {
            DienstToeslagen.maandUitkomst(code: code, naam: naam, recht: recht, perMaand: perMaand,
                                          toelichting: toelichting)
        }
        guard let aanvrager = huishouden.aanvrager else {
            return uitkomst(.onbekend(Vraag(veld: "personen", tekst: "Wie vraagt de toeslag aan?")),
                            "Wij weten niet voor wie de kinderopvangtoeslag is.")
        }
        let kinderen = huishouden.kinderen.filter { $0.kinderopvang != nil }
        let opvang = kinderen.compactMap(\.kinderopvang)
        trace.step("Kinderen met kinderopvang", .aantal(opvang.count),
                   bron: Wet.kinderopvang.artikel("1.5", lid: "1"))
        guard let eerste = Kinderopvangtoeslag.eersteKind(opvang) else {
            return uitkomst(.nee, "U heeft geen kinderopvang opgegeven. Kinderopvangtoeslag is er voor opvang "
                                + "bij een geregistreerde kinderopvang of gastouder.")
        }
        guard let tabel = p.toeslagtabel else {
            trace.step("Kinderopvangtoeslagtabel voor deze datum", .tekst("niet beschikbaar"),
                       bron: KinderopvangtoeslagTabellen.toeslagtabel.entries[0].bron)
            return uitkomst(.onbekend(nil), "Voor deze datum kunnen wij de kinderopvangtoeslag nog niet berekenen. "
                                + "Doe de proefberekening van Dienst Toeslagen.")
        }

        // The input has no facts for these conditions; the outcome holds only if they are met.
        trace.step("Aangenomen: u (en uw partner) werkt, studeert of volgt een traject naar werk",
                   .janee(true), bron: Wet.kinderopvang.artikel("1.6", lid: huishouden.heeftPartner ? "3" : "1"))
        trace.step("Aangenomen: de opvang staat in het Landelijk Register Kinderopvang", .janee(true),
                   bron: Wet.kinderopvang.artikel("1.5", lid: "1"))

        let inkomen = aanvrager.toetsingsinkomen + (huishouden.partner?.toetsingsinkomen ?? .zero)
        let schijf = Kinderopvangtoeslag.schijf(voor: inkomen, in: tabel.value)
        trace.step(huishouden.heeftPartner ? "Gezamenlijk toetsingsinkomen" : "Toetsingsinkomen",
                   .bedrag(inkomen), bron: Wet.awir.artikel("8"))
        trace.step("Tabelrij vanaf", .bedrag(schijf.vanaf), bron: tabel.bron)

        var totaal = Money.zero
        for (index, kind) in kinderen.enumerated() {
            let kinderopvang = opvang[index]
            let isEerste = index == eerste
            let percentage = isEerste ? schijf.eersteKind : schijf.volgendKind
            let maximumUurprijs = p.maximumUurprijs(kinderopvang.soort)
            let bedrag = Kinderopvangtoeslag.maandbedrag(
                uren: kinderopvang.urenPerMaand, uurprijs: kinderopvang.uurprijs,
                maximumUurprijs: maximumUurprijs.value, maximumUren: p.maximumUrenPerMaand.value,
                percentage: percentage)
            trace.begin("Kind geboren \(kind.geboortedatum.dutchNotation)"
                            + (isEerste ? " (eerste kind: de meeste opvanguren)" : " (volgend kind)"),
                        bron: tabel.bron)
            trace.step("Opvanguren per maand", .aantal(kinderopvang.urenPerMaand),
                       bron: Wet.kinderopvang.artikel("1.7"))
            trace.step("Maximum aantal uren per maand", .aantal(p.maximumUrenPerMaand.value),
                       bron: p.maximumUrenPerMaand.bron)
            trace.step("Uurprijs", .bedrag(kinderopvang.uurprijs), bron: Wet.kinderopvang.artikel("1.7"))
            trace.step("Maximum uurprijs " + Kinderopvangtoeslag.omschrijving(kinderopvang.soort),
                       .bedrag(maximumUurprijs.value), bron: maximumUurprijs.bron)
            trace.step("Kosten die meetellen", .bedrag(bedrag.kosten), bron: Wet.kinderopvang.artikel("1.7"))
            trace.step("Percentage", percentage.traceWaarde, bron: tabel.bron)
            trace.end(.bedrag(bedrag.toeslag))
            totaal += bedrag.toeslag
        }
        trace.step("Kinderopvangtoeslag per maand", .bedrag(totaal), bron: Wet.kinderopvang.artikel("1.7"))

        guard totaal > .zero else {
            return uitkomst(.nee, "Met deze opvang krijgt u geen kinderopvangtoeslag.")
        }
        return uitkomst(.ja,
                        "U krijgt waarschijnlijk kinderopvangtoeslag: \(totaal.formatted) per maand. "
                            + "Dat geldt als u (en uw partner) werkt, studeert of een traject volgt, "
                            + "en de opvang geregistreerd is.",
                        perMaand: totaal)
    }
}
