/// A national regulation as the BWB (Basiswettenbestand) identifies it. Every figure and every
/// trace step points into one of these, so a reader can open the exact article.
public struct Wet: Hashable, Sendable {
    /// "BWBR0015703"; for local regulations the CVDR id ("CVDR123456"), or empty when the
    /// source has no official identifier (a demo configuration, a publication).
    public let id: String
    /// The citeertitel, used in labels: "Participatiewet".
    public let titel: String

    public init(id: String, titel: String) {
        self.id = id
        self.titel = titel
    }

    public static let participatiewet = Wet(id: "BWBR0015703", titel: "Participatiewet")
    public static let aow = Wet(id: "BWBR0002221", titel: "Algemene Ouderdomswet")
    public static let zorgtoeslag = Wet(id: "BWBR0018451", titel: "Wet op de zorgtoeslag")
    public static let huurtoeslag = Wet(id: "BWBR0008659", titel: "Wet op de huurtoeslag")
    public static let kindgebondenBudget = Wet(id: "BWBR0022751", titel: "Wet op het kindgebonden budget")
    public static let awir = Wet(id: "BWBR0018472", titel: "Algemene wet inkomensafhankelijke regelingen")
    public static let kinderopvang = Wet(id: "BWBR0017017", titel: "Wet kinderopvang")
    public static let zorgverzekeringswet = Wet(id: "BWBR0018450", titel: "Zorgverzekeringswet")
    public static let minimumloon = Wet(id: "BWBR0002638", titel: "Wet minimumloon en minimumvakantiebijslag")
    public static let inkomstenbelasting = Wet(id: "BWBR0011353", titel: "Wet inkomstenbelasting 2001")
    public static let kinderbijslag = Wet(id: "BWBR0002368", titel: "Algemene Kinderbijslagwet")
    public static let gemeentewet = Wet(id: "BWBR0005416", titel: "Gemeentewet")
    public static let invorderingswet = Wet(id: "BWBR0004770", titel: "Invorderingswet 1990")
    public static let uitvoeringsregelingInvordering =
        Wet(id: "BWBR0004766", titel: "Uitvoeringsregeling Invorderingswet 1990")

    /// A reference into this regulation: `Wet.participatiewet.artikel("21", onderdeel: "b")`.
    /// The parts are literals, so the reference costs no allocation (`LegalReference`); for
    /// parts known only at run time use `LegalReference(wet:artikel:lid:onderdeel:label:)`.
    public func artikel(_ artikel: StaticString, lid: StaticString? = nil,
                        onderdeel: StaticString? = nil) -> LegalReference {
        LegalReference(wet: self, artikel: artikel, lid: lid, onderdeel: onderdeel)
    }
}
