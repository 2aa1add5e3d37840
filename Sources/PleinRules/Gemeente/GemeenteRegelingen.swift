/// The configuration of one municipality's minima schemes. (Being filled in.)
public struct GemeenteRegelingen: Sendable {
    public let code: String
    public let naam: String
    var lokaleSchemes: [any Scheme] { [] }
}
