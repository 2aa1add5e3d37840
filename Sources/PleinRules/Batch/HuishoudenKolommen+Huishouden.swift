import PleinDomain

extension HuishoudenKolommen {
    /// Appends a household as the engine sees it: the first aanvrager and the first partner in
    /// their columns, children and other residents as members in their order.
    public mutating func append(_ huishouden: Huishouden, gemeente: UInt8) {
        for persoon in huishouden.personen where persoon.rol == .kind || persoon.rol == .overig {
            appendLid(BatchLid(persoon))
        }
        guard let aanvrager = huishouden.aanvrager else { preconditionFailure("a household has an aanvrager") }
        append(gemeente: gemeente, vermogen: huishouden.vermogen, woning: huishouden.woning?.soort,
               kaleHuur: huishouden.woning?.kaleHuur ?? .zero, servicekosten: huishouden.woning?.servicekosten ?? .zero,
               overwaarde: huishouden.woning?.overwaarde,
               maandenLaagInkomen: huishouden.maandenLaagInkomen,
               gemeentelijkeBelastingen: huishouden.gemeentelijkeBelastingenPerJaar,
               aanvrager: BatchPersoon(aanvrager), partner: huishouden.partner.map(BatchPersoon.init))
    }

    /// Household `i` as a `Huishouden` on `peildatum`, with `gemeente` the code its column
    /// value stands for: what `Engine.bereken` evaluates for the same row.
    public func huishouden(_ i: Int, peildatum: CivilDate, gemeente: String?) -> Huishouden {
        var personen = [Self.persoon(.aanvrager, aanvrager[i])]
        if partner.geboortedatum[i] != PackedDate.geen { personen.append(Self.persoon(.partner, partner[i])) }
        for j in Int(ledenStart[i])..<Int(ledenStart[i + 1]) {
            let lid = leden[j]
            personen.append(Persoon(rol: lid.rol, geboortedatum: PackedDate.unpack(lid.geboortedatum),
                                    toetsingsinkomen: lid.toetsingsinkomen,
                                    kostendelerUitzondering: lid.kostendelerUitzondering,
                                    kinderopvang: lid.kinderopvang))
        }
        let woning = KolomCode.woningSoort(self.woning[i]).map {
            Woning(soort: $0, kaleHuur: Money(cents: kaleHuur[i]), servicekosten: Money(cents: servicekosten[i]),
                   overwaarde: Self.bedrag(overwaarde[i]))
        }
        return Huishouden(peildatum: peildatum, personen: personen, vermogen: Self.bedrag(vermogen[i]),
                          woning: woning, gemeente: gemeente,
                          maandenLaagInkomen: maandenLaagInkomen[i] == Self.onbekendAantal
                              ? nil : Int(maandenLaagInkomen[i]),
                          gemeentelijkeBelastingenPerJaar: Self.bedrag(gemeentelijkeBelastingen[i]))
    }

    private static func persoon(_ rol: Rol, _ persoon: BatchPersoon) -> Persoon {
        Persoon(rol: rol, geboortedatum: PackedDate.unpack(persoon.geboortedatum),
                toetsingsinkomen: persoon.toetsingsinkomen, nettoInkomenPerMaand: persoon.nettoInkomen,
                nettoArbeidsinkomenPerMaand: persoon.nettoArbeidsinkomen,
                werktSinds: persoon.werktSinds == PackedDate.geen ? nil : PackedDate.unpack(persoon.werktSinds),
                medischUrenbeperkt: persoon.medischUrenbeperkt, geenOnderhoudOuders: persoon.geenOnderhoudOuders)
    }
}
