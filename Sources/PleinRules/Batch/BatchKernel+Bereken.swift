import PleinDomain

extension BatchKernel {
    /// Evaluates every household of `invoer` on every scheme of `regelingen` into `uitvoer`,
    /// which is resized (allocating only when it grows) and then filled in one pass.
    public func bereken(_ invoer: HuishoudenKolommen, into uitvoer: inout UitkomstKolommen) {
        let n = invoer.count
        uitvoer.herbegin(regelingen: regelingen, count: n)
        uitvoer.recht.withUnsafeMutableBufferPointer { recht in
            uitvoer.perMaand.withUnsafeMutableBufferPointer { perMaand in
                for i in 0..<n {
                    bereken(invoer, i) { regeling, uitkomst in
                        recht[regeling * n + i] = uitkomst.recht
                        perMaand[regeling * n + i] = uitkomst.perMaand.cents
                    }
                }
            }
        }
    }

    /// Household `i` on every scheme, each outcome handed to `schrijf` with its column.
    @inline(__always)
    private func bereken(_ h: HuishoudenKolommen, _ i: Int, schrijf: (Int, KernelUitkomst) -> Void) {
        let f = BatchFeiten(h, i, self)
        var trace = NoTrace()
        let vermogen = f.invoer.vermogen
        let bijstand = BijstandsBerekening.bereken(f.invoer, parameters.participatiewet, trace: &trace)
        schrijf(0, Bijstand.kernel(bijstand))
        schrijf(1, Zorgtoeslag.kernel(geboortemaandAanvrager: f.geboortemaandAanvrager, maandnummer: maandnummer,
                                      metPartner: f.metPartner, vermogen: vermogen,
                                      toetsingsinkomen: f.toetsingsinkomen, parameters.zorgtoeslag))
        schrijf(2, Huurtoeslag.kernel(leeftijdAanvrager: f.invoer.aanvrager.leeftijd,
                                      woning: KolomCode.woningSoort(h.woning[i]), kaleHuur: Money(cents: h.kaleHuur[i]),
                                      servicekosten: Money(cents: h.servicekosten[i]), metPartner: f.metPartner, vermogen: vermogen, personen: f.personen,
                                      volwassenOfKind: f.volwassenOfKind, rekeninkomen: f.rekeninkomen, huurtoeslag))
        schrijf(3, KindgebondenBudget.kernel(telling: f.kinderbudget, metPartner: f.metPartner, vermogen: vermogen,
                                             toetsingsinkomen: f.toetsingsinkomen, parameters.kindgebondenBudget))
        schrijf(4, Kinderopvangtoeslag.kernel(aantal: f.kinderopvang, opvang: { kinderopvang(h, f.leden, $0) },
                                              toetsingsinkomen: f.toetsingsinkomen, parameters.kinderopvangtoeslag))

        // The municipal schemes compare with the applicable norm (Minimatoets), which the
        // bijstand computation has already found unless it stopped at the age of 18.
        let norm = f.invoer.aanvrager.leeftijd >= 18 ? bijstand.norm
            : Bijstandsnorm.bereken(f.invoer, parameters.participatiewet, trace: &trace)
        let inkomen = Minimatoets.inkomen(f.invoer)
        let gemeente = Int(h.gemeente[i])
        let config = gemeente == 0 ? nil : gemeenteConfig[gemeente - 1]
        schrijf(5, IndividueleInkomenstoeslag.kernel(
            config: config?.inkomenstoeslag, aanvrager: f.invoer.aanvrager,
            vermogenstoets: { BijstandsBerekening.vermogenstoets(f.invoer, parameters.participatiewet, &trace).status },
            maandenLaagInkomen: h.maandenLaagInkomen[i] == HuishoudenKolommen.onbekendAantal
                ? nil : Int(h.maandenLaagInkomen[i]),
            inkomen: inkomen, norm: norm, leefvorm: f.invoer.leefvorm))
        schrijf(6, Kwijtschelding.kernel(
            normPercentage: config?.kwijtscheldingPercentage ?? standaardKwijtscheldingPercentage,
            leeftijdAanvrager: f.invoer.aanvrager.leeftijd, norm: norm, inkomen: inkomen, vermogen: vermogen,
            belastingen: HuishoudenKolommen.bedrag(h.gemeentelijkeBelastingen[i])))
        schrijf(7, .onbekend)

        for kolom in lokaleKolommen { schrijf(kolom, KernelUitkomst(recht: .nietVanToepassing, perMaand: .zero)) }
        guard let config else { return }
        for r in config.regelingen {
            let regeling = lokaleRegelingen[r]
            var aantal = 0
            if regeling.voorKinderen {
                for j in f.leden where h.leden.isKind[j] == 1
                    && regeling.leeftijdPast(PackedDate.leeftijd(h.leden.geboortedatum[j], op: peildatum)) { aantal += 1 }
            } else if regeling.leeftijdPast(f.invoer.aanvrager.leeftijd) {
                aantal = 1
            }
            schrijf(regeling.kolom, LokaleRegeling.kernel(regeling, leeftijdAanvrager: f.invoer.aanvrager.leeftijd,
                                                          aantal: aantal, vermogen: vermogen, inkomen: inkomen,
                                                          norm: norm))
        }
    }

    /// The childcare of the `k`-th child of `leden` that has it.
    private func kinderopvang(_ h: HuishoudenKolommen, _ leden: Range<Int>, _ k: Int) -> Kinderopvang {
        var overslaan = k
        for j in leden {
            guard let opvang = h.leden.isKind[j] == 1 ? h.leden.kinderopvang(j) : nil else { continue }
            if overslaan == 0 { return opvang }
            overslaan -= 1
        }
        preconditionFailure("fewer children with childcare than counted")
    }

    /// The aanvrager or partner of household `i` as the bijstand computation reads them.
    @inline(__always)
    func persoon(_ kolommen: PersoonKolommen, _ i: Int) -> BijstandsPersoon {
        let geboortedatum = kolommen.geboortedatum[i]
        let werktSinds = kolommen.werktSinds[i]
        // Whole calendar months since the work started; without a date it starts now.
        let maandenGewerkt = werktSinds == PackedDate.geen ? 0 : max(0, maandnummer - PackedDate.maandnummer(werktSinds))
        return BijstandsPersoon(
            leeftijd: PackedDate.leeftijd(geboortedatum, op: peildatum),
            aowLeeftijdBereikt: geboortedatum <= aowGrens,
            nettoInkomen: Money(cents: kolommen.nettoInkomen[i]),
            arbeidsinkomen: Money(cents: kolommen.nettoArbeidsinkomen[i]),
            maandenGewerkt: maandenGewerkt,
            medischUrenbeperkt: kolommen.kenmerken[i] & PersoonKolommen.Kenmerk.medischUrenbeperkt != 0,
            geenOnderhoudOuders: kolommen.kenmerken[i] & PersoonKolommen.Kenmerk.geenOnderhoudOuders != 0)
    }
}
