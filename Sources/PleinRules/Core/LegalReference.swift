import PleinDomain

/// A pointer to the precise place in a regulation a rule or figure comes from.
///
/// Every trace step carries one, and a household's computation records about a hundred steps.
/// A reference written in the code (`Wet.participatiewet.artikel("31", lid: "2")`) therefore
/// keeps its parts as the literals themselves: making one allocates nothing and copying one
/// retains nothing. References built from text known only at run time (a municipality's
/// configured regulation, a custom label) share one immutable box. Equality and hashing are by
/// value either way.
public struct LegalReference: Hashable, Sendable {
    private final class Box: Sendable {
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

    private enum Storage: Sendable {
        case literal(wet: Wet, artikel: LiteralPart, lid: LiteralPart, onderdeel: LiteralPart)
        case boxed(Box)
    }

    /// A part as written in the code, kept as where its bytes are in the program (a
    /// `StaticString`'s own layout has a one-byte field that leaves the parts after it
    /// misaligned, which made copying a trace step stall).
    private struct LiteralPart: @unchecked Sendable {
        // Unchecked: the pointer is to a literal in the program's constant data, which is never
        // written and lives as long as the program.
        private let start: UnsafeRawPointer?
        /// The number of UTF-8 bytes; for a one-character literal, which Swift stores as a
        /// scalar and not as bytes, the scalar (then `start` is nil). Zero: the part is absent.
        private let count: Int

        init(_ literal: StaticString?) {
            guard let literal else {
                (start, count) = (nil, 0)
                return
            }
            if literal.hasPointerRepresentation {
                (start, count) = (UnsafeRawPointer(literal.utf8Start), literal.utf8CodeUnitCount)
            } else {
                (start, count) = (nil, Int(literal.unicodeScalar.value))
            }
        }

        var text: String? {
            if let start {
                return count == 0 ? nil : String(decoding: UnsafeRawBufferPointer(start: start, count: count),
                                                 as: UTF8.self)
            }
            return count == 0 ? nil : Unicode.Scalar(UInt32(count)).map { String(Character($0)) }
        }
    }

    private let storage: Storage

    public init(wet: Wet, artikel: String?, lid: String? = nil, onderdeel: String? = nil,
                label: String? = nil) {
        storage = .boxed(Box(wet: wet, artikel: artikel, lid: lid, onderdeel: onderdeel, customLabel: label))
    }

    /// For `Wet.artikel(_:lid:onderdeel:)`: the parts are literals in the code.
    init(wet: Wet, artikel: StaticString, lid: StaticString?, onderdeel: StaticString?) {
        storage = .literal(wet: wet, artikel: LiteralPart(artikel), lid: LiteralPart(lid),
                           onderdeel: LiteralPart(onderdeel))
    }

    public var wet: Wet {
        switch storage {
        case .literal(let wet, _, _, _): wet
        case .boxed(let box): box.wet
        }
    }

    public var artikel: String? {
        switch storage {
        case .literal(_, let artikel, _, _): artikel.text
        case .boxed(let box): box.artikel
        }
    }

    public var lid: String? {
        switch storage {
        case .literal(_, _, let lid, _): lid.text
        case .boxed(let box): box.lid
        }
    }

    public var onderdeel: String? {
        switch storage {
        case .literal(_, _, _, let onderdeel): onderdeel.text
        case .boxed(let box): box.onderdeel
        }
    }

    /// Overrides the generated label, for sources that are not articles (a publication, a
    /// municipal policy rule).
    private var customLabel: String? {
        if case .boxed(let box) = storage { return box.customLabel }
        return nil
    }

    public static func == (lhs: LegalReference, rhs: LegalReference) -> Bool {
        lhs.wet == rhs.wet && lhs.artikel == rhs.artikel && lhs.lid == rhs.lid
            && lhs.onderdeel == rhs.onderdeel && lhs.customLabel == rhs.customLabel
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
