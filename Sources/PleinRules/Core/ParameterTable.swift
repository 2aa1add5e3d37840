import PleinDomain

/// The history of one statutory figure: values ordered by their valid-from date. The value on
/// a peildatum is the last one whose `vanaf` is not after it.
public struct ParameterTable<Value: Sendable>: Sendable {
    /// What the figure is, for error messages and the parameter documentation.
    public let naam: String
    public let entries: [Dated<Value>]

    public init(_ naam: String, _ entries: [Dated<Value>]) {
        precondition(!entries.isEmpty, "parameter table \(naam) is empty")
        precondition(zip(entries, entries.dropFirst()).allSatisfy { $0.vanaf < $1.vanaf },
                     "parameter table \(naam) is not ordered by date")
        self.naam = naam
        self.entries = entries
    }

    /// The entry in force on `peildatum`. Refuses dates outside the supported period and
    /// dates before the first entry, so a missing figure can never fall back to another one.
    public func entry(on peildatum: CivilDate) throws(RulesError) -> Dated<Value> {
        try SupportedPeriod.check(peildatum)
        guard let entry = entries.last(where: { $0.vanaf <= peildatum }) else {
            throw .peildatumBuitenBereik(peildatum, supported: entries[0].vanaf...SupportedPeriod.last)
        }
        return entry
    }

    public func value(on peildatum: CivilDate) throws(RulesError) -> Value {
        try entry(on: peildatum).value
    }

    /// The source of the value on a peildatum already validated by resolving the parameters;
    /// for traces, which only run after that succeeded.
    public func bron(on peildatum: CivilDate) -> LegalReference {
        (entries.last { $0.vanaf <= peildatum } ?? entries[0]).bron
    }
}
