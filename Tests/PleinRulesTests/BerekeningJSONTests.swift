import Foundation
import PleinDomain
@testable import PleinRules
import Testing

struct BerekeningJSONTests {
    static let geldig = """
    {
      "peildatum": "2026-01-01",
      "personen": [
        {"rol": "aanvrager", "geboortedatum": "1990-05-17", "toetsingsinkomen": 0, "nettoInkomenPerMaand": 0},
        {"rol": "kind", "geboortedatum": "2019-02-01"}
      ],
      "vermogen": 1200.50,
      "woning": {"soort": "huur", "kaleHuur": 650, "servicekosten": 40},
      "gemeente": "voorbeeld"
    }
    """

    func fouten(_ json: String) -> [FieldError] {
        guard case .failure(let error) = BerekeningJSON.decodeHuishouden(Data(json.utf8)) else { return [] }
        return error.fieldErrors
    }

    func object(_ data: Data) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func geldigeInvoerGeeftAlleRegelingen() throws {
        let data = try BerekeningJSON.bereken(Data(Self.geldig.utf8)).get()
        let uitvoer = try object(data)
        #expect(uitvoer["peildatum"] as? String == "2026-01-01")
        let regelingen = try #require(uitvoer["regelingen"] as? [[String: Any]])
        let codes = regelingen.compactMap { $0["code"] as? String }
        for code in ["bijstand", "individueleInkomenstoeslag", "kwijtschelding", "stadspas", "kindpakket"] {
            #expect(codes.contains(code), "\(code) ontbreekt")
        }
        let bijstand = try #require(regelingen.first { $0["code"] as? String == "bijstand" })
        #expect(bijstand["recht"] as? Bool == true)
        #expect(bijstand["bedragPerMaand"] as? Double == 1401.5)
        #expect(bijstand["bedragPerJaar"] as? Double == 16818)
        let trace = try #require(bijstand["trace"] as? [[String: Any]])
        let bron = try #require(trace.first?["bron"] as? [String: Any])
        #expect((bron["juriconnect"] as? String)?.hasPrefix("jci1.3:c:BWBR0015703&artikel=") == true)
        #expect((bron["juriconnect"] as? String)?.hasSuffix("&g=2026-01-01") == true)
    }

    @Test func rechtIsNullMetDeVraag() throws {
        let zonderVermogen = Self.geldig.replacingOccurrences(of: "\"vermogen\": 1200.50,", with: "")
        let uitvoer = try object(try BerekeningJSON.bereken(Data(zonderVermogen.utf8)).get())
        let regelingen = try #require(uitvoer["regelingen"] as? [[String: Any]])
        let bijstand = try #require(regelingen.first { $0["code"] as? String == "bijstand" })
        #expect(bijstand["recht"] is NSNull)
        #expect((bijstand["vraag"] as? [String: String])?["veld"] == "vermogen")
    }

    @Test func elkOngeldigVeldWordtGenoemd() {
        let json = """
        {"peildatum": "2026-13-01",
         "personen": [{"rol": "aanvrager", "geboortedatum": "1990-01-01"},
                      {"rol": "oom", "geboortedatum": "31-12-1980", "nettoInkomenPerMaand": -5},
                      {"rol": "kind", "geboortedatum": "2020-01-01", "nettoInkomenPerMaand": 10.123}],
         "vermogen": "veel", "woning": {"soort": "tent"}, "huisdier": true}
        """
        let gevonden = Set(fouten(json).map(\.path))
        #expect(gevonden == ["peildatum", "personen[1].rol", "personen[1].geboortedatum",
                             "personen[1].nettoInkomenPerMaand", "personen[2].nettoInkomenPerMaand",
                             "vermogen", "woning.soort", "huisdier"])
        #expect(fouten(json).contains(FieldError(path: "personen[1].geboortedatum",
                                                 message: "geen geldige datum (verwacht JJJJ-MM-DD)")))
    }

    /// A number too large for an amount or a count said "verwacht een bedrag (een getal),
    /// kreeg een getal"; it says it is too large.
    @Test func teGrootGetalZegtDatHetTeGrootIs() {
        let json = """
        {"peildatum": "2026-07-01", "personen": [{"rol": "aanvrager", "geboortedatum": "1990-01-01", "toetsingsinkomen": 1e20}],
         "maandenLaagInkomen": 1e12}
        """
        #expect(fouten(json).contains(FieldError(path: "personen[0].toetsingsinkomen",
                                                 message: "is te groot: hoogstens 9999999999999.99")))
        #expect(fouten(json).contains(FieldError(path: "maandenLaagInkomen", message: "moet tussen 0 en 1200 liggen")))
    }

    @Test func ontbrekendeVerplichteVeldenEnRollen() {
        #expect(fouten(#"{"personen": []}"#).map(\.path).sorted() == ["peildatum", "personen"])
        let tweeAanvragers = """
        {"peildatum": "2026-01-01", "personen": [{"rol": "aanvrager", "geboortedatum": "1990-01-01"},
                                                 {"rol": "aanvrager", "geboortedatum": "1991-01-01"}]}
        """
        #expect(fouten(tweeAanvragers) == [FieldError(path: "personen", message: "precies één persoon heeft de rol aanvrager")])
        let nietGeboren = #"{"peildatum": "2026-01-01", "personen": [{"rol": "aanvrager", "geboortedatum": "2027-01-01"}]}"#
        #expect(fouten(nietGeboren).map(\.path) == ["personen[0].geboortedatum"])
        let arbeidTeHoog = """
        {"peildatum": "2026-01-01", "personen": [{"rol": "aanvrager", "geboortedatum": "1990-01-01",
          "nettoInkomenPerMaand": 100, "nettoArbeidsinkomenPerMaand": 200}]}
        """
        #expect(fouten(arbeidTeHoog).map(\.path) == ["personen[0].nettoArbeidsinkomenPerMaand"])
    }

    @Test func geenJSONOfPeildatumBuitenBereik() throws {
        #expect(fouten("{nope") == [FieldError(path: "", message: "geen geldige JSON")])
        let oud = Self.geldig.replacingOccurrences(of: "2026-01-01", with: "2024-06-01")
        guard case .failure(let error) = BerekeningJSON.bereken(Data(oud.utf8)) else {
            Issue.record("2024 must be refused")
            return
        }
        #expect(error.fieldErrors.map(\.path) == ["peildatum"])
        let fout = try object(BerekeningJSON.foutenJSON(error))
        let lijst = try #require(fout["fouten"] as? [[String: String]])
        #expect(lijst.first?["veld"] == "peildatum")
    }

    @Test func dezelfdeInvoerGeeftDezelfdeUitvoer() throws {
        let eerste = try BerekeningJSON.bereken(Data(Self.geldig.utf8)).get()
        let tweede = try BerekeningJSON.bereken(Data(Self.geldig.utf8)).get()
        #expect(eerste == tweede)
    }

    @Test func werkenLoontJSON() throws {
        let json = """
        {"huishouden": \(Self.geldig), "werk": {"rol": "aanvrager", "urenPerWeek": 20, "nettoUurloon": 12}}
        """
        let uitvoer = try object(try BerekeningJSON.werkenLoont(Data(json.utf8)).get())
        #expect((uitvoer["maanden"] as? [Any])?.count == 12)
        // 20 h × € 12 × 52 / 12 = € 1.040,00 net per month.
        #expect(uitvoer["nettoLoonPerMaand"] as? Double == 1040)
        let fout = #"{"huishouden": \#(Self.geldig), "werk": {"urenPerWeek": 20}}"#
        guard case .failure(let error) = BerekeningJSON.werkenLoont(Data(fout.utf8)) else {
            Issue.record("missing wage must be refused")
            return
        }
        #expect(error.fieldErrors.map(\.path) == ["werk"])
    }

    /// An hourly wage near the largest amount overflowed Int64 in hours × 52 × wage and stopped
    /// the server; it is refused with the field named.
    @Test func werkenLoontTeHoogUurloon() {
        let json = """
        {"huishouden": \(Self.geldig), "werk": {"urenPerWeek": 168, "nettoUurloon": 9999999999999.99}}
        """
        guard case .failure(let error) = BerekeningJSON.werkenLoont(Data(json.utf8)) else {
            Issue.record("an hourly wage of ten trillion euro must be refused")
            return
        }
        #expect(error.fieldErrors.map(\.path) == ["werk.nettoUurloon"])
    }
}
