import PleinDomain

extension LokaleRegeling {
    /// The decisions of `LokaleRegelingScheme.evaluate` on plain facts, without text or trace,
    /// for the batch kernel (allocation-free). `aantal`: 1 or 0 for a household scheme
    /// (aanvrager's age fits), the number of children whose age fits for a child scheme.
    static func kernel(_ regeling: KernelGemeente.Regeling, leeftijdAanvrager: Int, aantal: Int, vermogen: Money?,
                       inkomen: Money, norm: Money) -> KernelUitkomst {
        guard leeftijdAanvrager >= 18 else { return .nee }
        guard aantal > 0 else { return .nee }
        if let grens = regeling.vermogensgrens {
            guard let vermogen else { return .onbekend }
            guard vermogen <= grens else { return .nee }
        }
        guard inkomen <= Minimatoets.grens(norm, regeling.inkomensgrensPercentage) else { return .nee }
        return .ja(perJaar: regeling.bedragPerJaar * Int64(aantal))
    }
}
