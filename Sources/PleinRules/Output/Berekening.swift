import PleinDomain

/// The result of checking one household on every scheme.
public struct Berekening: Hashable, Sendable {
    public var peildatum: CivilDate
    public var regelingen: [RegelingUitkomst]

    public init(peildatum: CivilDate, regelingen: [RegelingUitkomst]) {
        self.peildatum = peildatum
        self.regelingen = regelingen
    }

    public subscript(code: String) -> RegelingUitkomst? { regelingen.first { $0.code == code } }
}
