/// The JSON form of rejected input: `{"fouten": [{"veld": "personen[1].geboortedatum",
/// "melding": "geen geldige datum (verwacht JJJJ-MM-DD)"}]}`.
struct FoutenUitvoer: Encodable {
    struct Fout: Encodable {
        let veld: String
        let melding: String
    }

    let fouten: [Fout]

    init(_ error: RulesError) {
        fouten = error.fieldErrors.map { Fout(veld: $0.path, melding: $0.message) }
    }
}
