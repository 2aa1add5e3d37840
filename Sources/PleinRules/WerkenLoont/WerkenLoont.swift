import PleinDomain

/// Compares the household's income now with its income when one adult accepts a job, month
/// by month over 12 months: net wage + the bijstand left after inkomstenverrekening and
/// vrijlating + the toeslagen (every registered scheme of soort `.toeslag`). The time-limited
/// exemptions (art. 31 lid 2 sub n: 6 months; art. 34a: 12 months) make the months differ.
public struct WerkenLoont: Sendable {
    public let engine: Engine

    public init(engine: Engine = Engine()) {
        self.engine = engine
    }

    public func bereken(_ huishouden: Huishouden, werk: WerkScenario) throws(RulesError) -> WerkenLoontResultaat {
        try SupportedPeriod.check(huishouden.peildatum)
        guard werk.rol == .aanvrager || werk.rol == .partner,
              huishouden.personen.contains(where: { $0.rol == werk.rol }) else {
            throw .ongeldigeInvoer([FieldError(path: "werk.rol",
                                               message: "moet een aanvrager of partner in het huishouden zijn")])
        }
        let start = werk.startdatum ?? huishouden.peildatum
        let netto = werk.nettoPerMaand
        var aannames = [
            "Het loon is netto per maand \(netto.formatted); wij rekenen niet van bruto naar netto.",
            "De gemeente vindt dat het werk helpt om aan het werk te komen; dan geldt de vrijlating van uw loon.",
        ]
        if werk.brutoPerJaar == nil {
            aannames.append("Voor de toeslagen schatten wij uw extra jaarinkomen op 12 × het nettoloon. Uw brutoloon is "
                + "hoger; geef het op voor een betere berekening van de toeslagen.")
        }
        // Work that already exists started at the latest on the peildatum; fix that date, as the
        // household is re-dated every month below.
        var basis = huishouden
        for index in basis.personen.indices
        where basis.personen[index].werktSinds == nil && basis.personen[index].nettoArbeidsinkomenPerMaand > .zero {
            basis.personen[index].werktSinds = huishouden.peildatum
        }
        var maanden: [WerkenLoontMaand] = []
        var laatsteParameters = try ParameterSet(peildatum: huishouden.peildatum)
        for index in 0..<12 {
            let maand = huishouden.peildatum.adding(months: index)
            if SupportedPeriod.range.contains(maand) {
                laatsteParameters = try ParameterSet(peildatum: maand)
            } else if maanden.last.map({ SupportedPeriod.range.contains($0.maand) }) ?? true {
                aannames.append("Voor de maanden na \(SupportedPeriod.last.dutchNotation) kennen wij de bedragen nog niet. "
                    + "Daar rekenen wij met de bedragen van \(laatsteParameters.peildatum.dutchNotation).")
            }
            var nu = basis
            nu.peildatum = maand
            let metWerk = maand >= start ? Self.metBaan(nu, werk, start: start, netto: netto) : nu
            maanden.append(WerkenLoontMaand(maand: maand, parametersOp: laatsteParameters.peildatum,
                                            huidig: opbouw(nu, laatsteParameters),
                                            metWerk: opbouw(metWerk, laatsteParameters)))
        }
        let onbekend = Self.onbekendeRegelingen(maanden)
        if !onbekend.isEmpty {
            aannames.append("Niet uit te rekenen in een of meer maanden, daarom daar niet meegeteld: "
                + onbekend.joined(separator: ", ") + ". Het verschil kan daardoor anders uitvallen.")
        }
        return WerkenLoontResultaat(peildatum: huishouden.peildatum, nettoLoonPerMaand: netto, maanden: maanden,
                                    toelichting: Self.toelichting(netto, maanden), aannames: aannames)
    }

    /// The household with the job added to one person's income.
    static func metBaan(_ huishouden: Huishouden, _ werk: WerkScenario, start: CivilDate, netto: Money) -> Huishouden {
        var metWerk = huishouden
        guard let index = metWerk.personen.firstIndex(where: { $0.rol == werk.rol }) else { return metWerk }
        var persoon = metWerk.personen[index]
        // The exemption period starts with the first work; an existing job keeps its start.
        if persoon.nettoArbeidsinkomenPerMaand == .zero { persoon.werktSinds = start }
        persoon.nettoInkomenPerMaand += netto
        persoon.nettoArbeidsinkomenPerMaand += netto
        persoon.toetsingsinkomen += werk.brutoPerJaar ?? netto * 12
        metWerk.personen[index] = persoon
        return metWerk
    }

    /// Net income of aanvrager and partner, bijstand and the toeslagen, for one month.
    private func opbouw(_ huishouden: Huishouden, _ parameters: ParameterSet) -> Inkomensopbouw {
        // The month's household is evaluated with the parameters chosen for it (possibly an
        // earlier date, see `parametersOp`), so the peildatum check of `Engine` is bypassed here.
        let context = EvaluationContext(huishouden: huishouden, parameters: parameters,
                                        gemeente: huishouden.gemeente.flatMap { engine.gemeenten[$0] })
        var opbouw = Inkomensopbouw(
            nettoInkomen: huishouden.personen.reduce(.zero) {
                $0 + ($1.rol == .aanvrager || $1.rol == .partner ? $1.nettoInkomenPerMaand : .zero)
            },
            bijstand: .zero, bijstandBekend: true, toeslagen: [])
        for scheme in SchemeRegistry.all where scheme.soort != .gemeentelijk {
            var trace = NoTrace()
            let uitkomst = scheme.evaluate(context, trace: &trace)
            let bekend = uitkomst.recht.bool != nil
            switch scheme.soort {
            case .uitkering:
                opbouw.bijstand += uitkomst.bedragPerMaand
                opbouw.bijstandBekend = bekend
            case .toeslag:
                opbouw.toeslagen.append(.init(code: uitkomst.code, naam: uitkomst.naam, bedrag: uitkomst.bedragPerMaand,
                                              bekend: bekend))
            case .gemeentelijk: break
            }
        }
        return opbouw
    }

    /// Names of the schemes that were undecidable in some month, in registry order.
    private static func onbekendeRegelingen(_ maanden: [WerkenLoontMaand]) -> [String] {
        var namen: [String] = []
        for opbouw in maanden.flatMap({ [$0.huidig, $0.metWerk] }) {
            if !opbouw.bijstandBekend && !namen.contains("bijstand") { namen.append("bijstand") }
            for toeslag in opbouw.toeslagen where !toeslag.bekend && !namen.contains(toeslag.naam.lowercased()) {
                namen.append(toeslag.naam.lowercased())
            }
        }
        return namen
    }

    private static func toelichting(_ netto: Money, _ maanden: [WerkenLoontMaand]) -> String {
        guard let eerste = maanden.first, let laatste = maanden.last else { return "" }
        let verschil = maanden.reduce(.zero) { $0 + $1.verschil }
        var tekst = "Met deze baan verdient u \(netto.formatted) netto per maand. "
        tekst += "In de eerste maand heeft uw huishouden dan \(eerste.metWerk.totaal.formatted) in plaats van "
            + "\(eerste.huidig.totaal.formatted). "
        if laatste.verschil != eerste.verschil {
            tekst += "Na een tijd stopt de vrijlating van uw loon; in maand 12 is het verschil "
                + "\(laatste.verschil.formatted). "
        }
        tekst += verschil >= .zero
            ? "Over 12 maanden heeft u samen \(verschil.formatted) meer."
            : "Over 12 maanden heeft u samen \((-verschil).formatted) minder."
        return tekst
    }
}
