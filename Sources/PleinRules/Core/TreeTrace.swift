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
        let stap = TraceStap(omschrijving(), waarde(), bron: bron())
        append(consume stap)
    }

    public mutating func begin(_ omschrijving: @autoclosure () -> String,
                               bron: @autoclosure () -> LegalReference) {
        var stap = TraceStap(omschrijving(), bron: bron())
        // A composite step has a handful of sub-steps: one allocation instead of growing
        // through 1, 2, 4 and 8 elements.
        stap.stappen.reserveCapacity(8)
        open.append(consume stap)
    }

    public mutating func end(_ waarde: @autoclosure () -> TraceWaarde?) {
        guard var finished = open.popLast() else {
            preconditionFailure("TreeTrace.end without begin")
        }
        finished.waarde = waarde()
        append(finished)
    }

    /// Takes the step by `consuming` so that passing it on does not copy it (a copy retains
    /// every string of the step only to release them again); `Array.append` still copies it
    /// once in today's optimiser.
    @inline(__always)
    private mutating func append(_ stap: consuming TraceStap) {
        if open.isEmpty {
            stappen.append(consume stap)
        } else {
            open[open.count - 1].stappen.append(consume stap)
        }
    }
}
