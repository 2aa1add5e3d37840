import Foundation
import PleinDomain
@testable import PleinRules
@testable import PleinScreening
import Testing

@Suite("Screening")
struct ScreeningTests {
    static let peildatum = CivilDate.ymd(2026, 7, 1)
    static let kop = HuishoudensCSV.kopregel

    func kernel() throws -> BatchKernel { BatchKernel(parameters: try ParameterSet(peildatum: Self.peildatum)) }

    /// A valid row: aanvrager born 1980, renting, with `rest` replacing the list columns.
    func regel(_ id: String, vermogen: String = "1000", kinderen: String = "", overigen: String = "") -> String {
        "\(id),voorbeeld,\(vermogen),huur,750,,,,600,1980-05-05,18000,1200,,,,,,,,,,,,\(kinderen),\(overigen)"
    }

    func screen(_ map: TijdelijkeMap, _ regels: [String], beleid: FoutBeleid = .overslaan)
        throws -> (Result<ScreeningSamenvatting, ScreeningFout>, [RegelFout]) {
        let invoer = try map.schrijf("households.csv", ([Self.kop] + regels).joined(separator: "\n") + "\n")
        var gemeld: [RegelFout] = []
        let screening = Screening(kernel: try kernel(), beleid: beleid)
        let resultaat = Result { () throws(ScreeningFout) in
            try screening.screen(invoer: invoer, uitvoer: map.bestand("results.csv")) { gemeld.append($0) }
        }
        return (resultaat, gemeld)
    }

    @Test("a generated population reads back as the same households")
    func rondreis() throws {
        let kernel = try kernel()
        let generator = PopulatieGenerator(seed: 42, peildatum: Self.peildatum, gemeente: 1)
        var origineel = HuishoudenKolommen()
        generator.genereer(0..<3_000, into: &origineel)
        var schrijver = ByteSchrijver(capacity: 0)
        for i in 0..<origineel.count { schrijver.huishouden(id: i + 1, origineel, i, gemeenten: kernel.gemeenten) }
        let lezer = HuishoudenRegelLezer(peildatum: Self.peildatum, gemeenten: kernel.gemeenten)
        var gelezen = HuishoudenKolommen()
        for regel in schrijver.bytes.split(separator: UInt8(ascii: "\n")) {
            _ = try Array(regel).withUnsafeBytes { bytes throws(VeldFout) in try lezer.lees(bytes, into: &gelezen) }
        }
        #expect(gelezen.count == origineel.count)
        for i in 0..<origineel.count {
            #expect(gelezen.huishouden(i, peildatum: Self.peildatum, gemeente: "voorbeeld")
                == origineel.huishouden(i, peildatum: Self.peildatum, gemeente: "voorbeeld"))
        }
    }

    @Test("results.csv holds the engine's right and monthly amount for every household")
    func gelijkAanEngine() throws {
        let map = try TijdelijkeMap()
        let kernel = try kernel()
        let generator = PopulatieGenerator(seed: 9, peildatum: Self.peildatum, gemeente: 1)
        var bestand = PopulatieBestand(generator: generator, gemeenten: kernel.gemeenten)
        bestand.blokGrootte = 700
        try bestand.schrijf(aantal: 2_000, naar: map.bestand("households.csv"))
        var screening = Screening(kernel: kernel, beleid: .stoppen)
        screening.blokGrootte = 20_000
        let samenvatting = try screening.screen(invoer: map.bestand("households.csv"),
                                                uitvoer: map.bestand("results.csv")) { _ in }
        #expect(samenvatting == ScreeningSamenvatting(huishoudens: 2_000, overgeslagen: 0))

        var kolommen = HuishoudenKolommen()
        generator.genereer(0..<2_000, into: &kolommen)
        let rijen = try map.lees("results.csv").split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rijen[0].map(String.init) == ResultatenCSV.kolommen(kernel.regelingen))
        for i in 0..<kolommen.count {
            let berekening = Engine().bereken(kolommen.huishouden(i, peildatum: Self.peildatum, gemeente: "voorbeeld"),
                                              parameters: kernel.parameters, traced: false)
            let rij = rijen[i + 1]
            #expect(rij[0] == "\(i + 1)")
            for uitkomst in berekening.regelingen {
                let kolom = 1 + 2 * kernel.regelingen.firstIndex(of: uitkomst.code)!
                let recht = switch uitkomst.recht.bool { case true?: "ja"; case false?: "nee"; case nil: "onbekend" }
                #expect(rij[kolom] == recht, "\(uitkomst.code) of household \(i + 1)")
                #expect(Money(parsing: rij[kolom + 1]) == uitkomst.bedragPerMaand, "\(uitkomst.code) of household \(i + 1)")
            }
        }
    }

    @Test("the same seed gives the same file, however it is split over blocks and cores")
    func deterministisch() throws {
        let map = try TijdelijkeMap()
        let generator = PopulatieGenerator(seed: 5, peildatum: Self.peildatum, gemeente: 1)
        var a = PopulatieBestand(generator: generator, gemeenten: ["voorbeeld"])
        a.blokGrootte = 333
        a.kernen = 1
        try a.schrijf(aantal: 2_500, naar: map.bestand("a.csv"))
        let b = PopulatieBestand(generator: generator, gemeenten: ["voorbeeld"])
        try b.schrijf(aantal: 2_500, naar: map.bestand("b.csv"))
        #expect(try map.lees("a.csv") == map.lees("b.csv"))
        let c = PopulatieBestand(generator: PopulatieGenerator(seed: 6, peildatum: Self.peildatum, gemeente: 1),
                                 gemeenten: ["voorbeeld"])
        try c.schrijf(aantal: 2_500, naar: map.bestand("c.csv"))
        #expect(try map.lees("a.csv") != map.lees("c.csv"))
    }

    @Test("a malformed row is reported with its line number and skipped")
    func overslaan() throws {
        let map = try TijdelijkeMap()
        let (resultaat, gemeld) = try screen(map, [
            regel("a"), regel("b", vermogen: "veel"), "", regel("c", kinderen: "2030-01-01"), regel("d"),
            "e,voorbeeld", regel("f", overigen: "1990-01-01:0:vriend"),
        ])
        #expect(try resultaat.get() == ScreeningSamenvatting(huishoudens: 2, overgeslagen: 4))
        #expect(gemeld.map(\.regel) == [3, 5, 7, 8])
        #expect(gemeld[0].melding == "kolom vermogen: 'veel' is geen bedrag in euro (bijvoorbeeld 1234.56)")
        #expect(gemeld[1].melding == "kolom kinderen: 2030-01-01 ligt na de peildatum")
        #expect(gemeld[2].melding == "2 kolommen, verwacht 25")
        #expect(gemeld[3].melding.contains("vriend"))
        #expect(try map.lees("results.csv").split(separator: "\n").map { $0.prefix(2) } == ["id", "a,", "d,"])
    }

    @Test("with stoppen, a malformed row ends the run without a results file")
    func stoppen() throws {
        let map = try TijdelijkeMap()
        let (resultaat, gemeld) = try screen(map, [regel("a"), regel("b"), regel("c", overigen: "1990-13-01")],
                                             beleid: .stoppen)
        #expect(throws: ScreeningFout.ongeldigeRegel(RegelFout(
            regel: 4, melding: "kolom overigen: '1990-13-01' is geen datum (JJJJ-MM-DD)"))) { try resultaat.get() }
        #expect(gemeld.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: map.bestand("results.csv")))
    }

    @Test("CRLF line ends, a byte order mark, a quoted id and a missing last line end are read")
    func varianten() throws {
        let map = try TijdelijkeMap()
        let invoer = try map.schrijf("households.csv", "\u{FEFF}" + Self.kop + "\r\n" + regel("\"x, \"\"y\"\"\"") + "\r\n"
            + regel("2", kinderen: "2020-02-02;2015-01-01:0:buitenschoolseOpvang:40:9.50"))
        let samenvatting = try Screening(kernel: try kernel(), beleid: .stoppen)
            .screen(invoer: invoer, uitvoer: map.bestand("results.csv")) { _ in }
        #expect(samenvatting.huishoudens == 2)
        let regels = try map.lees("results.csv").split(separator: "\n")
        #expect(regels[1].hasPrefix("\"x, \"\"y\"\"\",ja,"))
        #expect(regels[2].hasPrefix("2,"))
    }

    @Test("a wrong header is refused, naming the column", arguments: [
        ("id,gemeente,vermogen_euro", "kolom 3 heet 'vermogen_euro', verwacht 'vermogen'"),
        ("id,gemeente", "kolom vermogen ontbreekt (verwacht: \(HuishoudensCSV.kopregel))"),
        (HuishoudensCSV.kopregel + ",extra", "26 kolommen, verwacht 25"),
    ])
    func kopregel(kop: String, melding: String) throws {
        let map = try TijdelijkeMap()
        let invoer = try map.schrijf("households.csv", kop + "\n")
        #expect(throws: ScreeningFout.kopregel(melding)) {
            try Screening(kernel: try kernel(), beleid: .stoppen).screen(invoer: invoer, uitvoer: map.bestand("r.csv")) { _ in }
        }
    }

    @Test("fields are checked as plein check checks its JSON", arguments: [
        ("1,voorbeeld,,huur,,,,,,1980-01-01,,100,200,,,,,,,,,,,,", "kolom aanvrager_netto_arbeidsinkomen: is een deel van het netto inkomen en mag daarom niet hoger zijn"),
        ("1,voorbeeld,,huur,,,,,,,,,,,,,,,,,,,,,", "kolom aanvrager_geboortedatum: leeg; de aanvrager heeft een geboortedatum"),
        ("1,voorbeeld,,huur,,,,,,1980-01-01,,,,,,,,5,,,,,,,", "kolom partner_toetsingsinkomen: ingevuld, maar er is geen partner (partner_geboortedatum is leeg)"),
        ("1,elders,,huur,,,,,,1980-01-01,,,,,,,,,,,,,,,", "kolom gemeente: onbekende gemeente 'elders' (bekend: voorbeeld)"),
        ("1,,,flat,,,,,,1980-01-01,,,,,,,,,,,,,,,", "kolom woning: 'flat' is geen woningsoort (huur, koop of geen)"),
        ("1,,,,-5,,,,,1980-01-01,,,,,,,,,,,,,,,", "kolom kale_huur: '-5' is negatief; dat kan hier niet"),
        ("1,,,,,-3,,,,1980-01-01,,,,,,,,,,,,,,,", "kolom servicekosten: '-3' is negatief; dat kan hier niet"),
        ("1,,,,,,,1201,,1980-01-01,,,,,,,,,,,,,,,", "kolom maanden_laag_inkomen: 1201 ligt niet tussen 0 en 1200"),
        ("1,,,,,,,,,1980-01-01,,,,,misschien,,,,,,,,,,", "kolom aanvrager_medisch_urenbeperkt: 'misschien' is geen ja of nee"),
        (",,,,,,,,,1980-01-01,,,,,,,,,,,,,,,", "kolom id: leeg; elk huishouden heeft een id"),
        ("1,,,,,,,,,1980-01-01,,,,,,,,,,,,,,2010-01-01:0:creche:10:5,", "kolom kinderen: 'creche' is geen opvangsoort (dagopvang, buitenschoolseOpvang of gastouderopvang)"),
        ("1,,,,,,,,,1980-01-01,,,,,,,,,,,,,,,1990-01-01;", "kolom overigen: een lege geboortedatum in de lijst"),
        ("1,,1.234,,,,,,,1980-01-01,,,,,,,,,,,,,,,", "kolom vermogen: '1.234' is geen bedrag in euro (bijvoorbeeld 1234.56)"),
        // Twenty digits overflowed Int64 while they were read, and stopped the whole run.
        ("1,,99999999999999999999,,,,,,,1980-01-01,,,,,,,,,,,,,,,", "kolom vermogen: '99999999999999999999' is geen bedrag in euro (bijvoorbeeld 1234.56)"),
        ("\"1,,,,,,,,,1980-01-01,,,,,,,,,,,,,,,", "kolom id: aanhalingsteken niet gesloten"),
    ])
    func velden(regel: String, melding: String) throws {
        let lezer = HuishoudenRegelLezer(peildatum: Self.peildatum, gemeenten: ["voorbeeld"])
        var kolommen = HuishoudenKolommen()
        let fout = Array(regel.utf8).withUnsafeBytes { bytes -> VeldFout? in
            do throws(VeldFout) {
                _ = try lezer.lees(bytes, into: &kolommen)
                return nil
            } catch {
                return error
            }
        }
        #expect(fout?.melding == melding)
        #expect(kolommen.count == 0 && kolommen.leden.count == 0)
    }
}
