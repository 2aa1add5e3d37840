import PleinDomain

/// A pointer to the precise place in a regulation a rule or figure comes from.
public struct LegalReference: Hashable, Sendable {
    public let wet: Wet
    public let artikel: String?
    public let lid: String?
    public let onderdeel: String?
    /// Overrides the generated label, for sources that are not articles (a publication, a
    /// municipal policy rule).
    private let customLabel: String?

    public init(wet: Wet, artikel: String?, lid: String? = nil, onderdeel: String? = nil,
                label: String? = nil) {
        self.wet = wet
        self.artikel = artikel
        self.lid = lid
        self.onderdeel = onderdeel
        self.customLabel = label
    }

    /// "Participatiewet art. 21 sub b", "Participatiewet art. 31 lid 2 sub n".
    public var label: String {
        if let customLabel { return customLabel }
        var text = wet.titel
        if let artikel { text += " art. \(artikel)" }
        if let lid { text += " lid \(lid)" }
        if let onderdeel { text += " sub \(onderdeel)" }
        return text
    }

    /// The juriconnect reference (standard 1.3) to the version valid on `date`:
    /// `jci1.3:c:BWBR0015703&artikel=21&lid=1&onderdeel=b&g=2026-01-01`. Nil when the source
    /// has no BWB or CVDR identifier.
    public func juriconnect(on date: CivilDate) -> String? {
        guard wet.id.hasPrefix("BWBR") || wet.id.hasPrefix("CVDR") else { return nil }
        var text = "jci1.3:c:\(wet.id)"
        if let artikel { text += "&artikel=\(artikel)" }
        if let lid { text += "&lid=\(lid)" }
        if let onderdeel { text += "&onderdeel=\(onderdeel)" }
        return text + "&g=\(date)"
    }

    /// A link that opens the article on wetten.overheid.nl (which resolves juriconnect).
    public func url(on date: CivilDate) -> String? {
        guard wet.id.hasPrefix("BWBR"), let artikel else { return nil }
        return "https://wetten.overheid.nl/jci1.3:c:\(wet.id)&artikel=\(artikel)&g=\(date)"
    }
}
