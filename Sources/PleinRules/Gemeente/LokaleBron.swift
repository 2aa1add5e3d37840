/// The municipal regulation a configured scheme rests on: its CVDR id when published on
/// lokaleregelgeving.overheid.nl, the article and a human label.
public struct LokaleBron: Hashable, Sendable, Codable {
    public var label: String
    public var cvdr: String?
    public var artikel: String?

    public init(label: String, cvdr: String? = nil, artikel: String? = nil) {
        self.label = label
        self.cvdr = cvdr
        self.artikel = artikel
    }

    var reference: LegalReference {
        LegalReference(wet: Wet(id: cvdr ?? "", titel: label), artikel: artikel, label: label)
    }
}
