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
    func bereken(_ h: HuishoudenKolommen, _ i: Int, schrijf: (Int, KernelUitkomst) -> Void) {
        let f = BatchFeiten(h, i, self)
        let p = parameters
        var trace = NoTrace()
        let vermogen = f.invoer.vermogen
        let bijstand = BijstandsBerekening.bereken(f.invoer, p.participatiewet, trace: &trace)
        schrijf(0, Bijstand.kernel(bijstand))
        schrijf(1, Zorgtoeslag.kernel(geboortemaandAanvrager: f.geboortemaandAanvrager, maandnummer: maandnummer,
                                      metPartner: f.metPartner, vermogen: vermogen,
                                      toetsingsinkomen: f.toetsingsinkomen, p.zorgtoeslag))
        schrijf(2, Huurtoeslag.kernel(leeftijdAanvrager: f.invoer.aanvrager.leeftijd,
                                      woning: KolomCode.woningSoort(h.woning[i]), kaleHuur: Money(cents: h.kaleHuur[i]),
                                      metPartner: f.metPartner, vermogen: vermogen, personen: f.personen,
                                      volwassenOfKind: f.volwassenOfKind, rekeninkomen: f.rekeninkomen, p.huurtoeslag))
        let kinderen = f.leden.lazy.filter { h.leden.isKind[$0] == 1 }
        schrijf(3, KindgebondenBudget.kernel(
            telling: KindgebondenBudget.telling(geboortemaanden: kinderen.map { PackedDate.maandnummer(h.leden.geboortedatum[$0]) },
                                                maandnummer: maandnummer),
            metPartner: f.metPartner, vermogen: vermogen, toetsingsinkomen: f.toetsingsinkomen, p.kindgebondenBudget))
        schrijf(4, Kinderopvangtoeslag.kernel(opvang: kinderen.compactMap { h.leden.kinderopvang($0) },
                                              toetsingsinkomen: f.toetsingsinkomen, p.kinderopvangtoeslag))

        // The municipal schemes compare with the applicable norm (Minimatoets), which the
        // bijstand computation has already found unless it stopped at the age of 18.
        let norm = f.invoer.aanvrager.leeftijd >= 18 ? bijstand.norm
            : Bijstandsnorm.bereken(f.invoer, p.participatiewet, trace: &trace)
        let inkomen = Minimatoets.inkomen(f.invoer)
        let gemeente = Int(h.gemeente[i])
        let config = gemeente == 0 ? nil : gemeenteConfig[gemeente - 1]
        schrijf(5, IndividueleInkomenstoeslag.kernel(
            config: config?.inkomenstoeslag, aanvrager: f.invoer.aanvrager,
            vermogenstoets: { BijstandsBerekening.vermogenstoets(f.invoer, p.participatiewet, &trace).status },
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
        for regeling in lokaleRegelingen[config.regelingen] {
            let aantal = regeling.voorKinderen
                ? kinderen.count { regeling.leeftijdPast(PackedDate.leeftijd(h.leden.geboortedatum[$0], op: peildatum)) }
                : (regeling.leeftijdPast(f.invoer.aanvrager.leeftijd) ? 1 : 0)
            schrijf(regeling.kolom, LokaleRegeling.kernel(regeling, leeftijdAanvrager: f.invoer.aanvrager.leeftijd,
                                                          aantal: aantal, vermogen: vermogen, inkomen: inkomen,
                                                          norm: norm))
        }
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
