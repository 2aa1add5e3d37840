/// Records the computation as a tree of steps, stored flat (`TraceStappen`): recording a
/// step appends one element and copies nothing else.
public struct TreeTrace: TraceRecorder {
    private var knopen: [TraceKnoop] = []
    /// The innermost step opened with `begin` and not yet ended; -1 when none is open.
    private var open = -1

    /// `capacity`: room for the steps to come; a household's schemes record about a hundred
    /// together (`Engine`), so the default avoids growing the array along the way.
    public init(capacity: Int = 128) {
        knopen.reserveCapacity(capacity)
    }

    /// Everything recorded so far.
    public var stappen: TraceStappen {
        precondition(open == -1, "TreeTrace read with a step still open")
        return TraceStappen(knopen, 0..<knopen.count)
    }

    /// The number of steps recorded so far.
    var aantal: Int { knopen.count }

    public mutating func step(_ omschrijving: @autoclosure () -> String,
                              _ waarde: @autoclosure () -> TraceWaarde?,
                              bron: @autoclosure () -> LegalReference) {
        knopen.append(TraceKnoop(omschrijving: omschrijving(), waarde: waarde(), bron: bron(),
                                 einde: knopen.count + 1))
    }

    public mutating func begin(_ omschrijving: @autoclosure () -> String,
                               bron: @autoclosure () -> LegalReference) {
        knopen.append(TraceKnoop(omschrijving: omschrijving(), waarde: nil, bron: bron(), einde: open))
        open = knopen.count - 1
    }

    public mutating func end(_ waarde: @autoclosure () -> TraceWaarde?) {
        precondition(open >= 0, "TreeTrace.end without begin")
        let index = open
        open = knopen[index].einde
        knopen[index].waarde = waarde()
        knopen[index].einde = knopen.count
    }
}
