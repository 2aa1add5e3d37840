/// A seeded random number generator (SplitMix64): the synthetic populations of `plein screen
/// --generate` and the kernel's property tests must be the same for the same seed, on every
/// machine and Swift version, which the system generator does not promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `kans`.
    public mutating func kans(_ kans: Double) -> Bool { Double.random(in: 0..<1, using: &self) < kans }

    /// One of `keuzes`, uniformly.
    public mutating func uit<T>(_ keuzes: [T]) -> T { keuzes.randomElement(using: &self)! }
}
