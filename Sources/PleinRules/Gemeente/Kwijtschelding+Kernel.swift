import PleinDomain

extension Kwijtschelding {
    /// The decisions and arithmetic of `evaluate` on plain facts, without text or trace, for
    /// the batch kernel (allocation-free). `normPercentage`: the municipality's choice, or the
    /// default of `KwijtscheldingConfig`.
    static func kernel(normPercentage: Int, leeftijdAanvrager: Int, norm: Money, inkomen: Money,
                       vermogen: Money?, belastingen: Money?) -> KernelUitkomst {
        guard leeftijdAanvrager >= 18 else { return .nee }
        let kosten = Minimatoets.grens(norm, normPercentage)
        guard let vermogen else { return .onbekend }
        guard vermogen <= kosten else { return .nee }
        let capaciteit = (inkomen - kosten).clamped(min: .zero)
        let beschikbaar = (capaciteit * 12).multiplied(by: 80, dividedBy: 100)
        guard let belastingen else { return capaciteit == .zero ? .ja(perJaar: .zero) : .onbekend }
        let kwijt = (belastingen - beschikbaar).clamped(min: .zero)
        return kwijt > .zero ? .ja(perJaar: kwijt) : .nee
    }
}
