/// A list of trace steps (the top level of a scheme's trace, or a step's sub-steps), each with
/// its own sub-steps.
///
/// The steps of one computation live in one flat array in the order they were recorded, a
/// step followed by its sub-steps (`TraceKnoop`). A household's whole trace is about a hundred
/// steps: as nested arrays that was a hundred-odd allocations and a copy of every step into its
/// parent; flat it is one array for all schemes, and the tree is read by skipping from a step
/// to the end of its sub-steps.
public struct TraceStappen: Hashable, Sendable, Collection {
    let knopen: [TraceKnoop]
    let bereik: Range<Int>

    init(_ knopen: [TraceKnoop], _ bereik: Range<Int>) {
        self.knopen = knopen
        self.bereik = bereik
    }

    /// No steps: an outcome computed without trace.
    public init() {
        self.init([], 0..<0)
    }

    /// Positions in the household's whole trace, not from zero: use `startIndex`, `first` or
    /// iteration, as with any collection's indices.
    public var startIndex: Int { bereik.lowerBound }
    public var endIndex: Int { bereik.upperBound }
    public func index(after i: Int) -> Int { knopen[i].einde }
    public subscript(position: Int) -> TraceStap { TraceStap(knopen: knopen, index: position) }

    public static func == (lhs: TraceStappen, rhs: TraceStappen) -> Bool {
        lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for stap in self { hasher.combine(stap) }
    }
}
