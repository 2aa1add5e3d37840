import PleinDomain

/// One statutory value with the date from which it applies and where the law states it.
public struct Dated<Value: Sendable>: Sendable {
    public let vanaf: CivilDate
    public let value: Value
    public let bron: LegalReference

    public init(vanaf: CivilDate, _ value: Value, bron: LegalReference) {
        self.vanaf = vanaf
        self.value = value
        self.bron = bron
    }
}
