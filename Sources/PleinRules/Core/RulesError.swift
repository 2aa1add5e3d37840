import PleinDomain

/// What the engine refuses to compute, with a message in Dutch for the resident or
/// professional who supplied the input.
public enum RulesError: Error, Equatable, Sendable, CustomStringConvertible {
    case peildatumBuitenBereik(CivilDate, supported: ClosedRange<CivilDate>)
    /// Every invalid input field, not just the first.
    case ongeldigeInvoer([FieldError])

    public var description: String {
        switch self {
        case .peildatumBuitenBereik(let date, let supported):
            return "peildatum: \(date) valt buiten de ondersteunde periode "
                + "\(supported.lowerBound) t/m \(supported.upperBound)"
        case .ongeldigeInvoer(let errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}
