import PleinDomain

/// The JSON form of a `Berekening` (docs/schemas/berekening.schema.json). Field names are the
/// issue's; juriconnect references are dated at the peildatum.
struct BerekeningUitvoer: Encodable {
    let peildatum: String
    let regelingen: [RegelingUitvoer]

    init(_ berekening: Berekening) {
        peildatum = berekening.peildatum.description
        regelingen = berekening.regelingen.map { RegelingUitvoer($0, peildatum: berekening.peildatum) }
    }
}

struct RegelingUitvoer: Encodable {
    let uitkomst: RegelingUitkomst
    let peildatum: CivilDate

    init(_ uitkomst: RegelingUitkomst, peildatum: CivilDate) {
        self.uitkomst = uitkomst
        self.peildatum = peildatum
    }

    enum CodingKeys: String, CodingKey {
        case code, naam, recht, vraag, bedragPerMaand, bedragPerJaar, toelichting, volgendeStap, trace
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(uitkomst.code, forKey: .code)
        try c.encode(uitkomst.naam, forKey: .naam)
        // `recht` is always present: true, false or null.
        if let recht = uitkomst.recht.bool { try c.encode(recht, forKey: .recht) } else { try c.encodeNil(forKey: .recht) }
        if case .onbekend(let vraag?) = uitkomst.recht {
            try c.encode(["veld": vraag.veld, "tekst": vraag.tekst], forKey: .vraag)
        }
        try c.encode(Euro(money: uitkomst.bedragPerMaand), forKey: .bedragPerMaand)
        try c.encode(Euro(money: uitkomst.bedragPerJaar), forKey: .bedragPerJaar)
        try c.encode(uitkomst.toelichting, forKey: .toelichting)
        try c.encode(VolgendeStapUitvoer(stap: uitkomst.volgendeStap), forKey: .volgendeStap)
        try c.encode(uitkomst.trace.map { StapUitvoer($0, peildatum: peildatum) }, forKey: .trace)
    }
}

struct VolgendeStapUitvoer: Encodable {
    let tekst: String
    let waar: String
    let url: String?

    init(stap: VolgendeStap) {
        tekst = stap.tekst
        waar = stap.waar
        url = stap.url
    }
}

struct StapUitvoer: Encodable {
    let omschrijving: String
    let waarde: String?
    let bedrag: Euro?
    let bron: BronUitvoer
    let stappen: [StapUitvoer]

    init(_ stap: TraceStap, peildatum: CivilDate) {
        omschrijving = stap.omschrijving
        waarde = stap.waarde?.weergave
        if case .bedrag(let money)? = stap.waarde { bedrag = Euro(money: money) } else { bedrag = nil }
        bron = BronUitvoer(stap.bron, peildatum: peildatum)
        stappen = stap.stappen.map { StapUitvoer($0, peildatum: peildatum) }
    }
}

struct BronUitvoer: Encodable {
    let label: String
    let juriconnect: String?
    let url: String?

    init(_ bron: LegalReference, peildatum: CivilDate) {
        label = bron.label
        juriconnect = bron.juriconnect(on: peildatum)
        url = bron.url(on: peildatum)
    }
}
