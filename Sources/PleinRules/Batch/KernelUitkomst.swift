import PleinDomain

/// What the batch kernel keeps of one scheme's outcome: the right and the amount per month.
/// The constructors apply the same amount rules as the schemes' `RegelingUitkomst`
/// (README-engine.md "Outcomes"): no right or unknown gives zero, a yearly amount becomes a
/// twelfth per month.
struct KernelUitkomst: Hashable, Sendable {
    var recht: BatchRecht
    var perMaand: Money

    // Computed rather than stored: a stored static is initialised lazily, which costs a check
    // on every use in the kernel's loop.
    static var nee: KernelUitkomst { KernelUitkomst(recht: .nee, perMaand: .zero) }
    static var onbekend: KernelUitkomst { KernelUitkomst(recht: .onbekend, perMaand: .zero) }

    static func ja(perMaand: Money) -> KernelUitkomst { KernelUitkomst(recht: .ja, perMaand: perMaand) }

    static func ja(perJaar: Money) -> KernelUitkomst {
        KernelUitkomst(recht: .ja, perMaand: perJaar.multiplied(by: 1, dividedBy: 12))
    }

    /// A yearly toeslag: a right only when the amount is positive.
    static func jaarbedrag(_ perJaar: Money) -> KernelUitkomst { perJaar > .zero ? .ja(perJaar: perJaar) : .nee }

    /// A monthly toeslag: a right only when the amount is positive.
    static func maandbedrag(_ perMaand: Money) -> KernelUitkomst { perMaand > .zero ? .ja(perMaand: perMaand) : .nee }
}
