import PleinDomain

/// The JSON form of a `WerkenLoontResultaat`; amounts in euro, toeslagen by code.
struct WerkenLoontUitvoer: Encodable {
    struct Opbouw: Encodable {
        let nettoInkomen: Euro
        let bijstand: Euro
        let toeslagen: [String: Euro]
        let totaal: Euro

        init(_ opbouw: Inkomensopbouw) {
            nettoInkomen = Euro(money: opbouw.nettoInkomen)
            bijstand = Euro(money: opbouw.bijstand)
            toeslagen = Dictionary(opbouw.toeslagen.map { ($0.code, Euro(money: $0.bedrag)) },
                                   uniquingKeysWith: { eerste, _ in eerste })
            totaal = Euro(money: opbouw.totaal)
        }
    }

    struct Maand: Encodable {
        let maand: String
        let parametersOp: String
        let huidig: Opbouw
        let metWerk: Opbouw
        let verschil: Euro
    }

    let peildatum: String
    let nettoLoonPerMaand: Euro
    let verschilOver12Maanden: Euro
    let toelichting: String
    let aannames: [String]
    let maanden: [Maand]

    init(_ r: WerkenLoontResultaat) {
        peildatum = r.peildatum.description
        nettoLoonPerMaand = Euro(money: r.nettoLoonPerMaand)
        verschilOver12Maanden = Euro(money: r.verschilOver12Maanden)
        toelichting = r.toelichting
        aannames = r.aannames
        maanden = r.maanden.map {
            Maand(maand: $0.maand.description, parametersOp: $0.parametersOp.description,
                  huidig: Opbouw($0.huidig), metWerk: Opbouw($0.metWerk), verschil: Euro(money: $0.verschil))
        }
    }
}
