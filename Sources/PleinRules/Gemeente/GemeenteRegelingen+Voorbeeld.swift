import PleinDomain

extension GemeenteRegelingen {
    /// Demo configuration "Gemeente Voorbeeld": a fictitious municipality whose choices are
    /// typical of Dutch minima policy. Not a real verordening; its sources say so.
    public static let voorbeeld = GemeenteRegelingen(
        code: "voorbeeld",
        naam: "Gemeente Voorbeeld",
        individueleInkomenstoeslag: IndividueleInkomenstoeslagConfig(
            referteperiodeMaanden: 36, inkomensgrensPercentage: 100,
            bedragAlleenstaande: Money(cents: 450_00), bedragAlleenstaandeOuder: Money(cents: 575_00),
            bedragGehuwden: Money(cents: 640_00),
            aanvragen: Loket(tekst: "Vraag de individuele inkomenstoeslag aan via het digitale loket van de gemeente.",
                             waar: "Gemeente Voorbeeld, Werk en Inkomen", url: "https://www.voorbeeld.nl/inkomenstoeslag"),
            bron: LokaleBron(label: "Verordening individuele inkomenstoeslag Gemeente Voorbeeld (demo) art. 3",
                             artikel: "3")),
        kwijtschelding: KwijtscheldingConfig(
            normPercentage: 100,
            aanvragen: Loket(tekst: "Vraag kwijtschelding aan binnen drie maanden na de dagtekening van de aanslag.",
                             waar: "Belastingen Gemeente Voorbeeld", url: "https://www.voorbeeld.nl/kwijtschelding")),
        bijzondereBijstand: Loket(tekst: "Vraag bijzondere bijstand aan vóórdat u de kosten maakt, als dat kan.",
                                  waar: "Gemeente Voorbeeld, Werk en Inkomen",
                                  url: "https://www.voorbeeld.nl/bijzondere-bijstand"),
        regelingen: [
            LokaleRegeling(
                code: "stadspas", naam: "Stadspas Voorbeeld",
                omschrijving: "Met de Stadspas krijgt u korting op sport, cultuur en uitjes in de gemeente.",
                doelgroep: .huishouden, inkomensgrensPercentage: 120, vermogensgrens: Money(cents: 8000_00),
                minimumLeeftijd: 18, maximumLeeftijd: nil, bedragPerJaar: .zero,
                aanvragen: Loket(tekst: "Vraag de Stadspas aan bij de gemeente.", waar: "Gemeente Voorbeeld",
                                 url: "https://www.voorbeeld.nl/stadspas"),
                bron: LokaleBron(label: "Beleidsregels minimaregelingen Gemeente Voorbeeld (demo) art. 4", artikel: "4")),
            LokaleRegeling(
                code: "kindpakket", naam: "Kindpakket Voorbeeld",
                omschrijving: "Voor elk kind van 4 tot en met 17 jaar een tegoed voor school, sport en kleding.",
                doelgroep: .kind, inkomensgrensPercentage: 120, vermogensgrens: Money(cents: 16000_00),
                minimumLeeftijd: 4, maximumLeeftijd: 17, bedragPerJaar: Money(cents: 300_00),
                aanvragen: Loket(tekst: "Vraag het Kindpakket aan voor al uw kinderen tegelijk.",
                                 waar: "Gemeente Voorbeeld", url: "https://www.voorbeeld.nl/kindpakket"),
                bron: LokaleBron(label: "Beleidsregels minimaregelingen Gemeente Voorbeeld (demo) art. 5", artikel: "5")),
        ])
}
