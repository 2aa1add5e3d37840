import PleinDomain

extension IndividueleInkomenstoeslag {
    /// The decisions of `evaluate` on plain facts, without text or trace, for the batch kernel
    /// (allocation-free). `config` nil: the municipality has not configured the scheme (or the
    /// household has none). `vermogenstoets` is only called when the age condition holds.
    static func kernel(config: KernelGemeente.Inkomenstoeslag?, aanvrager: BijstandsPersoon,
                       vermogenstoets: () -> BijstandsUitkomst.Status?, maandenLaagInkomen: Int?,
                       inkomen: Money, norm: Money, leefvorm: Leefvorm) -> KernelUitkomst {
        guard let config else { return .onbekend }
        guard aanvrager.leeftijd >= 21, !aanvrager.aowLeeftijdBereikt else { return .nee }
        switch vermogenstoets() {
        case .onbekend?: return .onbekend
        case .geenRecht?: return .nee
        case .recht?, nil: break
        }
        guard let maanden = maandenLaagInkomen else { return .onbekend }
        guard maanden >= config.referteperiodeMaanden,
              inkomen <= Minimatoets.grens(norm, config.inkomensgrensPercentage) else { return .nee }
        return .ja(perJaar: config.bedrag(leefvorm))
    }
}
