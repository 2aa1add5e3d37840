import PleinDomain

/// The batch kernel's output for a chunk: per scheme (`BatchKernel.regelingen`) a column of
/// rights and a column of amounts per month in cents. Column-major in two flat arrays, reused
/// from chunk to chunk without allocating once they have the capacity.
public struct UitkomstKolommen: Sendable {
    public private(set) var regelingen: [String] = []
    public private(set) var count = 0
    /// Scheme `r` of household `i` at `r * count + i`.
    public internal(set) var recht: [BatchRecht] = []
    /// Euro cents per month, zero without a right; laid out as `recht`.
    public internal(set) var perMaand: [Int64] = []

    public init() {}

    @inlinable public func recht(regeling r: Int, huishouden i: Int) -> BatchRecht { recht[r * count + i] }

    @inlinable public func perMaand(regeling r: Int, huishouden i: Int) -> Money { Money(cents: perMaand[r * count + i]) }

    /// Sizes the columns for `count` households of `regelingen`.
    mutating func herbegin(regelingen: [String], count: Int) {
        if self.regelingen != regelingen { self.regelingen = regelingen }
        self.count = count
        let cellen = regelingen.count * count
        if recht.count != cellen {
            recht.removeAll(keepingCapacity: true)
            recht.append(contentsOf: repeatElement(.nee, count: cellen))
            perMaand.removeAll(keepingCapacity: true)
            perMaand.append(contentsOf: repeatElement(0, count: cellen))
        }
    }
}
