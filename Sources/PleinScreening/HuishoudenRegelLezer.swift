import PleinDomain
import PleinRules

/// Reads one data line of households.csv into `HuishoudenKolommen`, checking every field as
/// `plein check` checks its JSON (HuishoudenDecoder): a malformed line leaves the columns as
/// they were and returns what is wrong, naming the column.
struct HuishoudenRegelLezer: Sendable {
    let peildatum: Int32
    /// The configured municipality codes; the gemeente column stores 1 + the index.
    let gemeenten: [[UInt8]]

    init(peildatum: CivilDate, gemeenten: [String]) {
        self.peildatum = PackedDate.pack(peildatum)
        self.gemeenten = gemeenten.map { Array($0.utf8) }
    }

    /// Appends the household of `regel` (without line end) to `kolommen` and returns the byte
    /// range of its id within the line (raw, with quotes when quoted); throws for a malformed line.
    func lees(_ regel: UnsafeRawBufferPointer, into kolommen: inout HuishoudenKolommen) throws(VeldFout) -> Range<Int> {
        var velden = CSVVelden(regel)
        do {
            return try lees(&velden, regel, into: &kolommen)
        } catch {
            kolommen.verwerpLeden()
            guard error.perKolom else { throw error }
            throw VeldFout("kolom \(HuishoudensCSV.kolommen[velden.aantal - 1]): \(error.melding)")
        }
    }

    private func lees(_ velden: inout CSVVelden, _ regel: UnsafeRawBufferPointer,
                      into kolommen: inout HuishoudenKolommen) throws(VeldFout) -> Range<Int> {
        func veld() throws(VeldFout) -> UnsafeRawBufferPointer {
            guard let veld = try velden.volgende() else {
                throw .regel("\(velden.aantal) kolommen, verwacht \(HuishoudensCSV.kolommen.count)")
            }
            return veld.inhoud
        }
        guard let id = try velden.volgende(), !id.inhoud.isEmpty else { throw VeldFout("leeg; elk huishouden heeft een id") }
        let gemeente = try gemeenteIndex(try veld())
        let vermogen = try VeldLezer.bedrag(try veld(), negatief: true)
        let woning = try woningSoort(try veld())
        let kaleHuur = try VeldLezer.bedrag(try veld()) ?? 0
        let servicekosten = try VeldLezer.bedrag(try veld()) ?? 0
        let overwaarde = try VeldLezer.bedrag(try veld(), negatief: true)
        let maanden = try VeldLezer.geheel(try veld(), bereik: 0...1200)
        let belastingen = try VeldLezer.bedrag(try veld())
        guard let aanvrager = try persoon(verplicht: true, veld) else { preconditionFailure("checked by persoon") }
        let partner = try persoon(verplicht: false, veld)
        try leden(try veld(), rol: .kind, into: &kolommen)
        try leden(try veld(), rol: .overig, into: &kolommen)
        guard try velden.volgende() == nil else {
            throw .regel("meer dan \(HuishoudensCSV.kolommen.count) kolommen")
        }
        kolommen.append(gemeente: gemeente, vermogen: vermogen.map(Money.init(cents:)), woning: woning,
                        kaleHuur: Money(cents: kaleHuur), servicekosten: Money(cents: servicekosten), overwaarde: overwaarde.map(Money.init(cents:)),
                        maandenLaagInkomen: maanden, gemeentelijkeBelastingen: belastingen.map(Money.init(cents:)),
                        aanvrager: aanvrager, partner: partner)
        return (id.ruw.baseAddress! - regel.baseAddress!)..<(id.ruw.baseAddress! - regel.baseAddress! + id.ruw.count)
    }

    /// The seven columns of aanvrager or partner; nil when the geboortedatum is empty (no
    /// partner), which requires the other six to be empty too.
    private func persoon(verplicht: Bool, _ veld: () throws(VeldFout) -> UnsafeRawBufferPointer) throws(VeldFout) -> BatchPersoon? {
        guard let geboortedatum = try geboortedatum(try veld()) else {
            guard !verplicht else { throw VeldFout("leeg; de aanvrager heeft een geboortedatum") }
            for _ in 0..<6 where !(try veld()).isEmpty {
                throw VeldFout("ingevuld, maar er is geen partner (partner_geboortedatum is leeg)")
            }
            return nil
        }
        let toetsingsinkomen = try VeldLezer.bedrag(try veld(), negatief: true) ?? 0
        let netto = try VeldLezer.bedrag(try veld()) ?? 0
        let arbeid = try VeldLezer.bedrag(try veld()) ?? 0
        guard arbeid <= netto else { throw VeldFout("is een deel van het netto inkomen en mag daarom niet hoger zijn") }
        return BatchPersoon(geboortedatum: geboortedatum, toetsingsinkomen: Money(cents: toetsingsinkomen),
                            nettoInkomen: Money(cents: netto), nettoArbeidsinkomen: Money(cents: arbeid),
                            werktSinds: try VeldLezer.datum(try veld()) ?? PackedDate.geen,
                            medischUrenbeperkt: try VeldLezer.janee(try veld()),
                            geenOnderhoudOuders: try VeldLezer.janee(try veld()))
    }

    private func geboortedatum(_ veld: UnsafeRawBufferPointer) throws(VeldFout) -> Int32? {
        guard let datum = try VeldLezer.datum(veld) else { return nil }
        guard datum <= peildatum else { throw VeldFout("\(VeldLezer.tekst(veld)) ligt na de peildatum") }
        return datum
    }

    /// A kinderen or overigen list: entries separated by ";", each
    /// `geboortedatum[:toetsingsinkomen[:…]]` with, for a child, `opvangsoort:uren:uurprijs`
    /// and for another resident a kostendeler exception.
    private func leden(_ lijst: UnsafeRawBufferPointer, rol: Rol, into kolommen: inout HuishoudenKolommen) throws(VeldFout) {
        guard !lijst.isEmpty else { return }
        var items = Splitser(lijst, HuishoudensCSV.lidScheiding)
        while let item = items.volgende() {
            var feiten = Splitser(item, HuishoudensCSV.feitScheiding)
            guard let datum = try geboortedatum(feiten.volgende()!) else { throw VeldFout("een lege geboortedatum in de lijst") }
            let toetsingsinkomen = Money(cents: try feiten.volgende().flatMap { v throws(VeldFout) in
                try VeldLezer.bedrag(v, negatief: true)
            } ?? 0)
            let (derde, vierde, vijfde, zesde) = (feiten.volgende(), feiten.volgende(), feiten.volgende(), feiten.volgende())
            var lid = BatchLid(rol: rol, geboortedatum: datum, toetsingsinkomen: toetsingsinkomen)
            switch (rol, derde, vierde, vijfde, zesde) {
            case (_, nil, _, _, _):
                break
            case (.overig, let uitzondering?, nil, _, _):
                guard let waarde = KostendelerUitzondering(rawValue: VeldLezer.tekst(uitzondering)) else {
                    throw VeldFout("'\(VeldLezer.tekst(uitzondering))' is geen kostendeleruitzondering "
                        + "(studiefinanciering of commercieleHuur)")
                }
                lid.kostendelerUitzondering = waarde
            case (.kind, let soort?, let uren?, let uurprijs?, nil):
                guard let opvangsoort = KinderopvangSoort(rawValue: VeldLezer.tekst(soort)) else {
                    throw VeldFout("'\(VeldLezer.tekst(soort))' is geen opvangsoort "
                        + "(dagopvang, buitenschoolseOpvang of gastouderopvang)")
                }
                guard let urenPerMaand = try VeldLezer.geheel(uren, bereik: 0...744),
                      let prijs = try VeldLezer.bedrag(uurprijs) else {
                    throw VeldFout("kinderopvang zonder uren of uurprijs")
                }
                lid.kinderopvang = Kinderopvang(soort: opvangsoort, urenPerMaand: urenPerMaand, uurprijs: Money(cents: prijs))
            default:
                throw VeldFout("'\(VeldLezer.tekst(item))' heeft niet de vorm van een "
                    + (rol == .kind ? "kind (geboortedatum[:toetsingsinkomen[:opvangsoort:uren:uurprijs]])"
                                    : "medebewoner (geboortedatum[:toetsingsinkomen[:uitzondering]])"))
            }
            kolommen.appendLid(lid)
        }
    }

    private func gemeenteIndex(_ veld: UnsafeRawBufferPointer) throws(VeldFout) -> UInt8 {
        guard !veld.isEmpty else { return 0 }
        guard let index = gemeenten.firstIndex(where: { $0.elementsEqual(veld) }) else {
            throw VeldFout("onbekende gemeente '\(VeldLezer.tekst(veld))' (bekend: "
                + gemeenten.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ") + ")")
        }
        return UInt8(index + 1)
    }

    private func woningSoort(_ veld: UnsafeRawBufferPointer) throws(VeldFout) -> WoningSoort? {
        if veld.isEmpty { return nil }
        if VeldLezer.gelijk(veld, "huur") { return .huur }
        if VeldLezer.gelijk(veld, "koop") { return .koop }
        if VeldLezer.gelijk(veld, "geen") { return .geen }
        throw VeldFout("'\(VeldLezer.tekst(veld))' is geen woningsoort (huur, koop of geen)")
    }
}
