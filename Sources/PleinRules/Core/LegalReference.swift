import PleinDomain

/// A pointer to the precise place in a regulation a rule or figure comes from.
///
/// A single reference to immutable storage: every trace step and every cited figure (`Dated`)
/// carries one and is copied several times on the way into the trace, and with six strings
/// inline each copy cost six retains and releases. Equality and hashing stay by value.
public struct LegalReference: Hashable, Sendable {
    private final class Storage: Sendable {
        let wet: Wet
        let artikel: String?
        let lid: String?
        let onderdeel: String?
        let customLabel: String?

        init(wet: Wet, artikel: String?, lid: String?, onderdeel: String?, customLabel: String?) {
            self.wet = wet
            self.artikel = artikel
            self.lid = lid
            self.onderdeel = onderdeel
            self.customLabel = customLabel
        }
    }

    private let storage: Storage

    public var wet: Wet { storage.wet }
    public var artikel: String? { storage.artikel }
    public var lid: String? { storage.lid }
    public var onderdeel: String? { storage.onderdeel }
    /// Overrides the generated label, for sources that are not articles (a publication, a
    /// municipal policy rule).
    private var customLabel: String? { storage.customLabel }

    public init(wet: Wet, artikel: String?, lid: String? = nil, onderdeel: String? = nil,
                label: String? = nil) {
        storage = Storage(wet: wet, artikel: artikel, lid: lid, onderdeel: onderdeel, customLabel: label)
    }

    public static func == (lhs: LegalReference, rhs: LegalReference) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.wet == rhs.wet && lhs.artikel == rhs.artikel && lhs.lid == rhs.lid
                && lhs.onderdeel == rhs.onderdeel && lhs.customLabel == rhs.customLabel)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(wet)
        hasher.combine(artikel)
        hasher.combine(lid)
        hasher.combine(onderdeel)
        hasher.combine(customLabel)
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
