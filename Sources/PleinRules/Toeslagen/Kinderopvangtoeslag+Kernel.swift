import PleinDomain

extension Kinderopvangtoeslag {
    /// `eersteKind(_:)` over `aantal` children whose childcare `opvang(k)` gives, so the batch
    /// kernel can read its columns without building an array: the most hours, then the highest
    /// costs; a full tie keeps the earlier child, as `max(by:)` does.
    static func eersteKind(aantal: Int, opvang: (Int) -> Kinderopvang) -> Int? {
        (0..<aantal).max { a, b in
            let (x, y) = (opvang(a), opvang(b))
            return (x.urenPerMaand, x.uurprijs * Int64(x.urenPerMaand)) < (y.urenPerMaand, y.uurprijs * Int64(y.urenPerMaand))
        }
    }

    /// The decisions and arithmetic of `evaluate` on plain facts, without text or trace, for
    /// the batch kernel (allocation-free). `opvang(k)`: the childcare of the k-th child that
    /// has it, in the household's order.
    static func kernel(aantal: Int, opvang: (Int) -> Kinderopvang, toetsingsinkomen: Money,
                       _ p: KinderopvangtoeslagParameters) -> KernelUitkomst {
        guard let eerste = eersteKind(aantal: aantal, opvang: opvang) else { return .nee }
        guard let tabel = p.toeslagtabel else { return .onbekend }
        let schijf = schijf(voor: toetsingsinkomen, in: tabel.value)
        var totaal = Money.zero
        for k in 0..<aantal {
            let kind = opvang(k)
            totaal += maandbedrag(uren: kind.urenPerMaand, uurprijs: kind.uurprijs,
                                  maximumUurprijs: p.maximumUurprijs(kind.soort).value,
                                  maximumUren: p.maximumUrenPerMaand.value,
                                  percentage: k == eerste ? schijf.eersteKind : schijf.volgendKind).toeslag
        }
        return .maandbedrag(totaal)
    }
}
