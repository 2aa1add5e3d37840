/// How the household lives.
public enum WoningSoort: String, Hashable, Sendable, CaseIterable {
    case huur
    case koop
    /// No own dwelling (staying with others, homeless, institution).
    case geen
}
