import PleinDomain

extension Kinderopvangtoeslag {
    /// `eersteKind(_:)` on any collection, so the batch kernel can pass its columns without
    /// building an array: the most hours, then the highest costs; a full tie keeps the earlier
    /// child, as `max(by:)` does.
    static func eersteKind<C: Collection<Kinderopvang>>(_ opvang: C) -> C.Index? {
        opvang.indices.max { a, b in
            (opvang[a].urenPerMaand, opvang[a].uurprijs * Int64(opvang[a].urenPerMaand))
                < (opvang[b].urenPerMaand, opvang[b].uurprijs * Int64(opvang[b].urenPerMaand))
        }
    }

    /// The decisions and arithmetic of `evaluate` on plain facts, without text or trace, for
    /// the batch kernel (allocation-free). `opvang`: the childcare of the children that have
    /// it, in the household's order.
    static func kernel<C: Collection<Kinderopvang>>(opvang: C, toetsingsinkomen: Money,
                                                   _ p: KinderopvangtoeslagParameters) -> KernelUitkomst {
        guard let eerste = eersteKind(opvang) else { return .nee }
        guard let tabel = p.toeslagtabel else { return .onbekend }
        let schijf = schijf(voor: toetsingsinkomen, in: tabel.value)
        var totaal = Money.zero
        for index in opvang.indices {
            let kind = opvang[index]
            totaal += maandbedrag(uren: kind.urenPerMaand, uurprijs: kind.uurprijs,
                                  maximumUurprijs: p.maximumUurprijs(kind.soort).value,
                                  maximumUren: p.maximumUrenPerMaand.value,
                                  percentage: index == eerste ? schijf.eersteKind : schijf.volgendKind).toeslag
        }
        return .maandbedrag(totaal)
    }
}
