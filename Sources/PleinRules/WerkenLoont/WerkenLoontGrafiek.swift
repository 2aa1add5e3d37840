import PleinDomain

/// A plain SVG bar chart of household income per month, now and with the job: readable
/// without JavaScript, with a title, a description and the figures as a text alternative.
public enum WerkenLoontGrafiek {
    static let breedte = 640, hoogte = 280, marge = 40

    public static func svg(_ r: WerkenLoontResultaat) -> String {
        let maximum = max(1, r.maanden.map { max($0.huidig.totaal.cents, $0.metWerk.totaal.cents) }.max() ?? 1)
        let vakBreedte = (breedte - 2 * marge) / max(1, r.maanden.count)
        let plotHoogte = hoogte - 2 * marge
        func staafhoogte(_ bedrag: Money) -> Int { Int(Int64(plotHoogte) * max(0, bedrag.cents) / maximum) }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(breedte) \(hoogte)\" role=\"img\" "
            + "aria-labelledby=\"wl-titel wl-omschrijving\">\n"
        svg += "<title id=\"wl-titel\">Inkomen van uw huishouden per maand, nu en met werk</title>\n"
        svg += "<desc id=\"wl-omschrijving\">\(escape(tekstAlternatief(r)))</desc>\n"
        for (index, maand) in r.maanden.enumerated() {
            let x = marge + index * vakBreedte
            let staaf = max(2, vakBreedte / 2 - 2)
            for (offset, bedrag, kleur) in [(0, maand.huidig.totaal, "#8c8c8c"), (staaf, maand.metWerk.totaal, "#1d70b8")] {
                let h = staafhoogte(bedrag)
                svg += "<rect x=\"\(x + offset)\" y=\"\(marge + plotHoogte - h)\" width=\"\(staaf)\" height=\"\(h)\" "
                    + "fill=\"\(kleur)\"><title>\(maandNaam(maand.maand)): \(bedrag.formatted)</title></rect>\n"
            }
            svg += "<text x=\"\(x + staaf)\" y=\"\(hoogte - marge / 2)\" font-size=\"11\" text-anchor=\"middle\">"
                + "\(maandNaam(maand.maand))</text>\n"
        }
        svg += "<text x=\"\(marge)\" y=\"\(marge / 2)\" font-size=\"12\">Grijs: nu · Blauw: met werk</text>\n"
        return svg + "</svg>\n"
    }

    /// The figures in words, for screen readers and as the chart's description.
    public static func tekstAlternatief(_ r: WerkenLoontResultaat) -> String {
        r.maanden.map {
            "\(maandNaam($0.maand)) \($0.maand.year): nu \($0.huidig.totaal.formatted), met werk \($0.metWerk.totaal.formatted)"
        }.joined(separator: "; ")
    }

    static func maandNaam(_ datum: CivilDate) -> String {
        ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][datum.month - 1]
    }

    static func escape(_ tekst: String) -> String {
        tekst.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;")
    }
}

private extension String {
    /// Foundation-free replacement (this module avoids Foundation outside the JSON file).
    func replacingAll(_ doel: Character, _ vervanging: String) -> String {
        var uitkomst = ""
        for teken in self { if teken == doel { uitkomst += vervanging } else { uitkomst.append(teken) } }
        return uitkomst
    }
}
