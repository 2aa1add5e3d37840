import PleinDomain

/// Validates the "werken loont" request: `{"huishouden": {…}, "werk": {"rol", "urenPerWeek" and
/// "nettoUurloon", or "nettoPerMaand"; optional "brutoPerJaar", "startdatum"}}`.
public enum WerkenLoontDecoder {
    static let velden: Set<String> = ["huishouden", "werk"]
    static let werkVelden: Set<String> = ["rol", "urenPerWeek", "nettoUurloon", "nettoPerMaand", "brutoPerJaar", "startdatum"]

    public static func decode(_ json: JSONValue) -> Result<(Huishouden, WerkScenario), RulesError> {
        var lezer = InvoerLezer()
        guard let object = lezer.object(json, "", velden: velden) else { return .failure(.ongeldigeInvoer(lezer.fouten)) }
        let huishouden = lezer.verplicht(object, "huishouden", "").flatMap {
            HuishoudenDecoder.lees($0, &lezer, path: "huishouden")
        }
        let werk = lezer.verplicht(object, "werk", "").flatMap { leesWerk($0, &lezer) }
        guard let huishouden, let werk, lezer.fouten.isEmpty else { return .failure(.ongeldigeInvoer(lezer.fouten)) }
        return .success((huishouden, werk))
    }

    private static func leesWerk(_ value: JSONValue, _ lezer: inout InvoerLezer) -> WerkScenario? {
        let path = "werk"
        guard let object = lezer.object(value, path, velden: werkVelden) else { return nil }
        let rol: Rol? = lezer.keuze(object, "rol", path)
        if let rol, rol != .aanvrager && rol != .partner {
            lezer.fout("werk.rol", "moet aanvrager of partner zijn")
        }
        let uurloon = lezer.bedrag(object, "nettoUurloon", path)
        if let uurloon, uurloon > WerkScenario.hoogsteUurloon {
            lezer.fout("werk.nettoUurloon", "is te hoog: hoogstens \(WerkScenario.hoogsteUurloon.formatted) per uur")
        }
        let perMaand = lezer.bedrag(object, "nettoPerMaand", path)
        let bruto = lezer.bedrag(object, "brutoPerJaar", path)
        let start = lezer.datum(object, "startdatum", path)
        var uren: Double?
        if let value = object["urenPerWeek"], value != .null {
            if case .number(let number) = value, (0...168).contains(number) {
                uren = number
            } else {
                lezer.fout("werk.urenPerWeek", "verwacht een aantal uren per week tussen 0 en 168")
            }
        }
        let loon: WerkScenario.Loon
        switch (uren, uurloon, perMaand) {
        case (let uren?, let uurloon?, nil):
            loon = .perUur(kwartierenPerWeek: WerkScenario.kwartieren(urenPerWeek: uren), nettoUurloon: uurloon)
        case (nil, nil, let perMaand?):
            loon = .nettoPerMaand(perMaand)
        default:
            lezer.fout(path, "geef urenPerWeek en nettoUurloon, of nettoPerMaand")
            return nil
        }
        return WerkScenario(rol: rol ?? .aanvrager, loon: loon, brutoPerJaar: bruto, startdatum: start)
    }
}
