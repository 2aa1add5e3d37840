import PleinDomain
import Synchronization

/// Resolved `ParameterSet`s by peildatum, shared by every `Engine` in the process: the web
/// server builds an `Engine` per request and resolving every table costs microseconds, far
/// more than a household's arithmetic. Parameters depend on the peildatum alone, so sharing
/// them across engines (and their `GemeenteCatalogus`) is safe.
final class ParameterCache: Sendable {
    static let shared = ParameterCache(capacity: 64)

    /// A bound on the entries, so requests for many different peildata cannot grow the
    /// process without limit. Most traffic asks for today or a handful of dates.
    let capacity: Int
    private let sets: Mutex<[CivilDate: ParameterSet]>

    init(capacity: Int) {
        precondition(capacity > 0, "a parameter cache must hold at least one set")
        self.capacity = capacity
        sets = Mutex([:])
    }

    /// The parameters for `peildatum`, resolved on the first request. Refusals (a peildatum
    /// outside `SupportedPeriod`) are not cached: they are cheap and must not take up room.
    func parameters(for peildatum: CivilDate) throws(RulesError) -> ParameterSet {
        if let cached = sets.withLock({ $0[peildatum] }) { return cached }
        // Resolved outside the lock so concurrent requests for other dates do not wait on it;
        // two threads may both resolve the same date once, and the first stored set wins.
        let resolved = try ParameterSet(peildatum: peildatum)
        return sets.withLock { sets in
            if let raced = sets[peildatum] { return raced }
            if sets.count >= capacity {
                // Evicting everything keeps the cache free of bookkeeping; refilling costs one
                // resolution per peildatum still in use.
                sets.removeAll(keepingCapacity: true)
            }
            sets[peildatum] = resolved
            return resolved
        }
    }

    var count: Int { sets.withLock { $0.count } }
}
