/// What `plein screen` does with a malformed row: either way it is reported with its line
/// number on stderr, never dropped silently.
public enum FoutBeleid: String, Sendable, CaseIterable {
    /// Report the row and go on without it.
    case overslaan
    /// Report the row and stop: no results file.
    case stoppen
}
