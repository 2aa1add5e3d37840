/// The municipalities whose configuration is loaded, by code. (Being filled in.)
public struct GemeenteCatalogus: Sendable {
    public let gemeenten: [String: GemeenteRegelingen]
    public init(_ gemeenten: [GemeenteRegelingen]) {
        self.gemeenten = Dictionary(uniqueKeysWithValues: gemeenten.map { ($0.code, $0) })
    }
    public subscript(code: String) -> GemeenteRegelingen? { gemeenten[code] }
    public static let demo = GemeenteCatalogus([])
}
