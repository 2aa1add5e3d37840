import PleinDomain

/// What the engine refuses to compute, with a message in Dutch for the resident or
/// professional who supplied the input.
public enum RulesError: Error, Equatable, Sendable, CustomStringConvertible {
    case peildatumBuitenBereik(CivilDate, supported: ClosedRange<CivilDate>)
    /// Every invalid input field, not just the first.
    case ongeldigeInvoer([FieldError])

    /// The problems as field errors: a peildatum outside the range is one on "peildatum".
    public var fieldErrors: [FieldError] {
        switch self {
        case .peildatumBuitenBereik(let date, let supported):
            return [FieldError(path: "peildatum", message: "\(date) valt buiten de ondersteunde periode "
                + "\(supported.lowerBound) t/m \(supported.upperBound)")]
        case .ongeldigeInvoer(let errors):
            return errors
        }
    }

    public var description: String { fieldErrors.map(\.description).joined(separator: "\n") }
}
