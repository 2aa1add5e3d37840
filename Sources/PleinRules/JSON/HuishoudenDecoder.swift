import PleinDomain

/// Validates decoded JSON into a `Huishouden`, with the field names of the issue and
/// docs/schemas/huishouden.schema.json. Every invalid field is reported, by path.
public enum HuishoudenDecoder {
    static let huishoudenVelden: Set<String> = [
        "peildatum", "personen", "vermogen", "woning", "gemeente", "maandenLaagInkomen",
        "gemeentelijkeBelastingenPerJaar",
    ]
    static let persoonVelden: Set<String> = [
        "rol", "geboortedatum", "toetsingsinkomen", "nettoInkomenPerMaand", "nettoArbeidsinkomenPerMaand",
        "werktSinds", "medischUrenbeperkt", "geenOnderhoudOuders", "kostendelerUitzondering", "kinderopvang",
    ]
    static let woningVelden: Set<String> = ["soort", "kaleHuur", "servicekosten", "overwaarde"]
    static let kinderopvangVelden: Set<String> = ["soort", "urenPerMaand", "uurprijs"]

    public static func decode(_ json: JSONValue) -> Result<Huishouden, RulesError> {
        var lezer = InvoerLezer()
        let huishouden = lees(json, &lezer)
        if let huishouden, lezer.fouten.isEmpty { return .success(huishouden) }
        return .failure(.ongeldigeInvoer(lezer.fouten))
    }

    /// Reads a household object at `path` ("" for the top level), recording problems in `lezer`.
    static func lees(_ json: JSONValue, _ lezer: inout InvoerLezer, path: String = "") -> Huishouden? {
        guard let object = lezer.object(json, path, velden: huishoudenVelden) else { return nil }
        let peildatum = lezer.datum(object, "peildatum", path, verplicht: true)
        let personen = leesPersonen(object, peildatum, &lezer, path)
        let vermogen = lezer.bedrag(object, "vermogen", path, minimum: nil)
        let woning = object["woning"].flatMap { $0 == .null ? nil : leesWoning($0, &lezer, InvoerLezer.pad(path, "woning")) }
        let gemeente = lezer.tekst(object, "gemeente", path)
        let maanden = lezer.geheelGetal(object, "maandenLaagInkomen", path, bereik: 0...1200)
        let belastingen = lezer.bedrag(object, "gemeentelijkeBelastingenPerJaar", path)
        guard let peildatum, let personen else { return nil }
        return Huishouden(peildatum: peildatum, personen: personen, vermogen: vermogen, woning: woning,
                          gemeente: gemeente, maandenLaagInkomen: maanden,
                          gemeentelijkeBelastingenPerJaar: belastingen)
    }

    private static func leesPersonen(_ object: [String: JSONValue], _ peildatum: CivilDate?,
                                     _ lezer: inout InvoerLezer, _ path: String) -> [Persoon]? {
        let veld = InvoerLezer.pad(path, "personen")
        guard let value = lezer.verplicht(object, "personen", path) else { return nil }
        guard case .array(let items) = value, !items.isEmpty else {
            lezer.fout(veld, "verwacht een lijst met ten minste één persoon")
            return nil
        }
        var personen: [Persoon] = []
        var compleet = true
        for (index, item) in items.enumerated() {
            if let persoon = leesPersoon(item, peildatum, &lezer, "\(veld)[\(index)]") {
                personen.append(persoon)
            } else {
                compleet = false
            }
        }
        let aanvragers = personen.filter { $0.rol == .aanvrager }.count
        let partners = personen.filter { $0.rol == .partner }.count
        if compleet && aanvragers != 1 { lezer.fout(veld, "precies één persoon heeft de rol aanvrager") }
        if partners > 1 { lezer.fout(veld, "hoogstens één persoon heeft de rol partner") }
        return compleet ? personen : nil
    }

    private static func leesPersoon(_ value: JSONValue, _ peildatum: CivilDate?,
                                    _ lezer: inout InvoerLezer, _ path: String) -> Persoon? {
        guard let object = lezer.object(value, path, velden: persoonVelden) else { return nil }
        let rol: Rol? = lezer.keuze(object, "rol", path, verplicht: true)
        let geboortedatum = lezer.datum(object, "geboortedatum", path, verplicht: true)
        if let geboortedatum, let peildatum, geboortedatum > peildatum {
            lezer.fout(InvoerLezer.pad(path, "geboortedatum"), "ligt na de peildatum")
        }
        let toetsingsinkomen = lezer.bedrag(object, "toetsingsinkomen", path, minimum: nil)
        let netto = lezer.bedrag(object, "nettoInkomenPerMaand", path)
        let arbeid = lezer.bedrag(object, "nettoArbeidsinkomenPerMaand", path)
        if let arbeid, arbeid > (netto ?? .zero) {
            lezer.fout(InvoerLezer.pad(path, "nettoArbeidsinkomenPerMaand"),
                       "is een deel van nettoInkomenPerMaand en mag daarom niet hoger zijn")
        }
        let werktSinds = lezer.datum(object, "werktSinds", path)
        let medisch = lezer.janee(object, "medischUrenbeperkt", path)
        let geenOnderhoud = lezer.janee(object, "geenOnderhoudOuders", path)
        let uitzondering: KostendelerUitzondering? = lezer.keuze(object, "kostendelerUitzondering", path)
        let opvang = object["kinderopvang"].flatMap {
            $0 == .null ? nil : leesKinderopvang($0, &lezer, InvoerLezer.pad(path, "kinderopvang"))
        }
        guard let rol, let geboortedatum else { return nil }
        return Persoon(rol: rol, geboortedatum: geboortedatum, toetsingsinkomen: toetsingsinkomen ?? .zero,
                       nettoInkomenPerMaand: netto ?? .zero, nettoArbeidsinkomenPerMaand: arbeid ?? .zero,
                       werktSinds: werktSinds, medischUrenbeperkt: medisch ?? false,
                       geenOnderhoudOuders: geenOnderhoud ?? false, kostendelerUitzondering: uitzondering,
                       kinderopvang: opvang)
    }

    private static func leesWoning(_ value: JSONValue, _ lezer: inout InvoerLezer, _ path: String) -> Woning? {
        guard let object = lezer.object(value, path, velden: woningVelden) else { return nil }
        let soort: WoningSoort? = lezer.keuze(object, "soort", path, verplicht: true)
        let kaleHuur = lezer.bedrag(object, "kaleHuur", path)
        let servicekosten = lezer.bedrag(object, "servicekosten", path)
        let overwaarde = lezer.bedrag(object, "overwaarde", path, minimum: nil)
        guard let soort else { return nil }
        return Woning(soort: soort, kaleHuur: kaleHuur ?? .zero, servicekosten: servicekosten ?? .zero,
                      overwaarde: overwaarde)
    }

    private static func leesKinderopvang(_ value: JSONValue, _ lezer: inout InvoerLezer,
                                         _ path: String) -> Kinderopvang? {
        guard let object = lezer.object(value, path, velden: kinderopvangVelden) else { return nil }
        let soort: KinderopvangSoort? = lezer.keuze(object, "soort", path, verplicht: true)
        let uren = lezer.geheelGetal(object, "urenPerMaand", path, bereik: 0...744)
        let prijs = lezer.bedrag(object, "uurprijs", path)
        guard let soort else { return nil }
        return Kinderopvang(soort: soort, urenPerMaand: uren ?? 0, uurprijs: prijs ?? .zero)
    }
}
