import PleinDomain

/// The facts about one adult of the bijstand unit that the computation needs, as plain
/// values (no strings, no arrays) so a batch kernel can fill them per row.
public struct BijstandsPersoon: Hashable, Sendable {
    public var leeftijd: Int
    public var aowLeeftijdBereikt: Bool
    /// Net income per month, including `arbeidsinkomen`.
    public var nettoInkomen: Money
    /// The part of `nettoInkomen` earned by work.
    public var arbeidsinkomen: Money
    /// Whole calendar months the current work has lasted; 0 in the month work starts.
    public var maandenGewerkt: Int
    public var medischUrenbeperkt: Bool
    /// Art. 20 lid 3: an 18–20-year-old who cannot rely on the parents for maintenance.
    public var geenOnderhoudOuders: Bool

    public init(leeftijd: Int, aowLeeftijdBereikt: Bool, nettoInkomen: Money = .zero,
                arbeidsinkomen: Money = .zero, maandenGewerkt: Int = 0,
                medischUrenbeperkt: Bool = false, geenOnderhoudOuders: Bool = false) {
        self.leeftijd = leeftijd
        self.aowLeeftijdBereikt = aowLeeftijdBereikt
        self.nettoInkomen = nettoInkomen
        self.arbeidsinkomen = arbeidsinkomen
        self.maandenGewerkt = maandenGewerkt
        self.medischUrenbeperkt = medischUrenbeperkt
        self.geenOnderhoudOuders = geenOnderhoudOuders
    }

    init(_ persoon: Persoon, op peildatum: CivilDate) {
        let start = persoon.werktSinds ?? peildatum
        let maanden = (peildatum.year * 12 + peildatum.month) - (start.year * 12 + start.month)
        self.init(leeftijd: persoon.leeftijd(op: peildatum),
                  aowLeeftijdBereikt: PensioengerechtigdeLeeftijd.bereikt(
                      geboortedatum: persoon.geboortedatum, op: peildatum),
                  nettoInkomen: persoon.nettoInkomenPerMaand,
                  arbeidsinkomen: persoon.nettoArbeidsinkomenPerMaand,
                  maandenGewerkt: max(0, maanden),
                  medischUrenbeperkt: persoon.medischUrenbeperkt,
                  geenOnderhoudOuders: persoon.geenOnderhoudOuders)
    }
}
