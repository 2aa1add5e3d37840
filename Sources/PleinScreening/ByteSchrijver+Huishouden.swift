import PleinRules

extension ByteSchrijver {
    /// Household `i` of `kolommen` as a households.csv row with `id`; `gemeenten` are the codes
    /// the gemeente column refers to.
    mutating func huishouden(id: Int, _ h: HuishoudenKolommen, _ i: Int, gemeenten: [String]) {
        geheel(Int64(id))
        byte(UInt8(ascii: ","))
        if h.gemeente[i] > 0 { tekst(gemeenten[Int(h.gemeente[i]) - 1]) }
        byte(UInt8(ascii: ","))
        optioneelBedrag(h.vermogen[i])
        byte(UInt8(ascii: ","))
        switch KolomCode.woningSoort(h.woning[i]) {
        case .huur?: tekst("huur")
        case .koop?: tekst("koop")
        case .geen?: tekst("geen")
        case nil: break
        }
        byte(UInt8(ascii: ","))
        if h.kaleHuur[i] != 0 { bedrag(h.kaleHuur[i]) }
        byte(UInt8(ascii: ","))
        if h.servicekosten[i] != 0 { bedrag(h.servicekosten[i]) }
        byte(UInt8(ascii: ","))
        optioneelBedrag(h.overwaarde[i])
        byte(UInt8(ascii: ","))
        if h.maandenLaagInkomen[i] != HuishoudenKolommen.onbekendAantal { geheel(Int64(h.maandenLaagInkomen[i])) }
        byte(UInt8(ascii: ","))
        optioneelBedrag(h.gemeentelijkeBelastingen[i])
        persoon(h.aanvrager, i)
        persoon(h.partner, i)
        byte(UInt8(ascii: ","))
        leden(h, i, kinderen: true)
        byte(UInt8(ascii: ","))
        leden(h, i, kinderen: false)
        byte(UInt8(ascii: "\n"))
    }

    private mutating func optioneelBedrag(_ cents: Int64) {
        if cents != HuishoudenKolommen.onbekend { bedrag(cents) }
    }

    /// The seven person columns, each preceded by its comma; all empty without a person.
    private mutating func persoon(_ kolommen: PersoonKolommen, _ i: Int) {
        guard kolommen.geboortedatum[i] != PackedDate.geen else {
            tekst(",,,,,,,")
            return
        }
        let p = kolommen[i]
        byte(UInt8(ascii: ","))
        datum(p.geboortedatum)
        byte(UInt8(ascii: ","))
        if p.toetsingsinkomen.cents != 0 { bedrag(p.toetsingsinkomen.cents) }
        byte(UInt8(ascii: ","))
        if p.nettoInkomen.cents != 0 { bedrag(p.nettoInkomen.cents) }
        byte(UInt8(ascii: ","))
        if p.nettoArbeidsinkomen.cents != 0 { bedrag(p.nettoArbeidsinkomen.cents) }
        byte(UInt8(ascii: ","))
        if p.werktSinds != PackedDate.geen { datum(p.werktSinds) }
        byte(UInt8(ascii: ","))
        if p.medischUrenbeperkt { tekst("ja") }
        byte(UInt8(ascii: ","))
        if p.geenOnderhoudOuders { tekst("ja") }
    }

    /// The kinderen or overigen list of household `i`.
    private mutating func leden(_ h: HuishoudenKolommen, _ i: Int, kinderen: Bool) {
        var eerste = true
        for j in Int(h.ledenStart[i])..<Int(h.ledenStart[i + 1]) where (h.leden.isKind[j] == 1) == kinderen {
            if !eerste { byte(HuishoudensCSV.lidScheiding) }
            eerste = false
            let lid = h.leden[j]
            datum(lid.geboortedatum)
            let extra = kinderen ? lid.kinderopvang != nil : lid.kostendelerUitzondering != nil
            if lid.toetsingsinkomen != .zero || extra {
                byte(HuishoudensCSV.feitScheiding)
                bedrag(lid.toetsingsinkomen.cents)
            }
            if let uitzondering = lid.kostendelerUitzondering, !kinderen {
                byte(HuishoudensCSV.feitScheiding)
                tekst(uitzondering.rawValue)
            }
            if let opvang = lid.kinderopvang, kinderen {
                byte(HuishoudensCSV.feitScheiding)
                tekst(opvang.soort.rawValue)
                byte(HuishoudensCSV.feitScheiding)
                geheel(Int64(opvang.urenPerMaand))
                byte(HuishoudensCSV.feitScheiding)
                bedrag(opvang.uurprijs.cents)
            }
        }
    }
}
