/// The municipalities whose configuration is loaded, by code.
public struct GemeenteCatalogus: Sendable {
    public let gemeenten: [String: GemeenteRegelingen]

    public init(_ gemeenten: [GemeenteRegelingen]) {
        self.gemeenten = Dictionary(gemeenten.map { ($0.code, $0) }, uniquingKeysWith: { _, laatste in laatste })
    }

    public subscript(code: String) -> GemeenteRegelingen? { gemeenten[code] }

    /// Only the demo municipality; the application loads real configurations.
    public static let demo = GemeenteCatalogus([.voorbeeld])
}
