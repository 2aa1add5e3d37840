import PleinDomain

/// The dwelling. Rent amounts are euro per month.
public struct Woning: Hashable, Sendable {
    public var soort: WoningSoort
    /// Kale huur per month (Wet op de huurtoeslag art. 5). Default 0.
    public var kaleHuur: Money
    /// Service charges per month for the four kinds of service of Wet op de huurtoeslag art. 5
    /// lid 3, which count in the huurtoeslag up to 2025 (each up to € 12). Default 0.
    public var servicekosten: Money
    /// For `koop`: the value of the home minus the mortgage debt (overwaarde), which counts as
    /// vermogen above the exemption of Participatiewet art. 34 lid 2 sub d. Nil when unknown.
    public var overwaarde: Money?

    public init(soort: WoningSoort, kaleHuur: Money = .zero, servicekosten: Money = .zero,
                overwaarde: Money? = nil) {
        self.soort = soort
        self.kaleHuur = kaleHuur
        self.servicekosten = servicekosten
        self.overwaarde = overwaarde
    }
}
