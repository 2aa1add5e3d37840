import PleinDomain

/// What the four toeslagen share in their outcome: the same application route and the same
/// shape of amounts.
enum DienstToeslagen {
    static let volgendeStap = VolgendeStap(
        tekst: "Vraag de toeslag aan bij Dienst Toeslagen, met DigiD. Een proefberekening laat u eerst zien wat u krijgt.",
        waar: "Belastingdienst/Toeslagen", url: "https://www.toeslagen.nl")

    /// A toeslag that the law fixes per year: the month is a twelfth (README-engine.md).
    static func jaarUitkomst(code: String, naam: String, recht: Recht, perJaar: Money,
                             toelichting: String) -> RegelingUitkomst {
        let jaar = recht == .ja ? perJaar : .zero
        return RegelingUitkomst(code: code, naam: naam, recht: recht,
                                bedragPerMaand: jaar.multiplied(by: 1, dividedBy: 12),
                                bedragPerJaar: jaar, toelichting: toelichting,
                                volgendeStap: volgendeStap)
    }

    /// A toeslag that the law fixes per month: the year is twelve of them.
    static func maandUitkomst(code: String, naam: String, recht: Recht, perMaand: Money,
                              toelichting: String) -> RegelingUitkomst {
        let maand = recht == .ja ? perMaand : .zero
        return RegelingUitkomst(code: code, naam: naam, recht: recht, bedragPerMaand: maand,
                                bedragPerJaar: maand * 12, toelichting: toelichting,
                                volgendeStap: volgendeStap)
    }

    /// The question to ask when the household's vermogen is not given.
    static let vraagVermogen = Vraag(
        veld: "vermogen",
        tekst: "Hoeveel vermogen had u (samen met uw partner) op 1 januari? Tel spaargeld en beleggingen mee, uw eigen huis niet.")
}
