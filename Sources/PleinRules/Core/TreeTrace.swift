/// Records the computation as a tree of `TraceStap`.
public struct TreeTrace: TraceRecorder {
    /// The finished top-level steps.
    public private(set) var stappen: [TraceStap] = []
    /// Steps opened with `begin` and not yet ended, innermost last.
    private var open: [TraceStap] = []

    public init() {
        // A scheme records a dozen or two steps; growing from empty would reallocate 4–5 times.
        stappen.reserveCapacity(16)
    }

    public mutating func step(_ omschrijving: @autoclosure () -> String,
                              _ waarde: @autoclosure () -> TraceWaarde?,
                              bron: @autoclosure () -> LegalReference) {
        append(TraceStap(omschrijving(), waarde(), bron: bron()))
    }

    public mutating func begin(_ omschrijving: @autoclosure () -> String,
                               bron: @autoclosure () -> LegalReference) {
        open.append(TraceStap(omschrijving(), bron: bron()))
    }

    public mutating func end(_ waarde: @autoclosure () -> TraceWaarde?) {
        guard var finished = open.popLast() else {
            preconditionFailure("TreeTrace.end without begin")
        }
        finished.waarde = waarde()
        append(finished)
    }

    private mutating func append(_ stap: TraceStap) {
        if open.isEmpty {
            stappen.append(stap)
        } else {
            open[open.count - 1].stappen.append(stap)
        }
    }
}
