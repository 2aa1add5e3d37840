import PleinDomain

/// A municipality's configuration (`GemeenteRegelingen`) reduced to plain values: the kernel
/// reads it per household, and values without strings or arrays cost no reference counting.
struct KernelGemeente: Sendable {
    struct Inkomenstoeslag: Sendable {
        let referteperiodeMaanden: Int
        let inkomensgrensPercentage: Int
        let bedragAlleenstaande: Money
        let bedragAlleenstaandeOuder: Money
        let bedragGehuwden: Money

        init(_ config: IndividueleInkomenstoeslagConfig) {
            referteperiodeMaanden = config.referteperiodeMaanden
            inkomensgrensPercentage = config.inkomensgrensPercentage
            bedragAlleenstaande = config.bedrag(voor: .alleenstaande)
            bedragAlleenstaandeOuder = config.bedrag(voor: .alleenstaandeOuder)
            bedragGehuwden = config.bedrag(voor: .gehuwden)
        }

        func bedrag(_ leefvorm: Leefvorm) -> Money {
            switch leefvorm {
            case .alleenstaande: return bedragAlleenstaande
            case .alleenstaandeOuder: return bedragAlleenstaandeOuder
            case .gehuwden: return bedragGehuwden
            }
        }
    }

    /// A local scheme (`LokaleRegeling`) and the output column it fills.
    struct Regeling: Sendable {
        let kolom: Int
        let voorKinderen: Bool
        let inkomensgrensPercentage: Int
        let vermogensgrens: Money?
        let minimumLeeftijd: Int
        let maximumLeeftijd: Int
        let bedragPerJaar: Money

        init(_ regeling: LokaleRegeling, kolom: Int) {
            self.kolom = kolom
            voorKinderen = regeling.doelgroep == .kind
            inkomensgrensPercentage = regeling.inkomensgrensPercentage
            vermogensgrens = regeling.vermogensgrens
            minimumLeeftijd = regeling.minimumLeeftijd ?? .min
            maximumLeeftijd = regeling.maximumLeeftijd ?? .max
            bedragPerJaar = regeling.bedragPerJaar
        }

        /// `LokaleRegeling.leeftijdPast`, with an absent bound as the widest one.
        func leeftijdPast(_ leeftijd: Int) -> Bool { leeftijd >= minimumLeeftijd && leeftijd <= maximumLeeftijd }
    }

    let inkomenstoeslag: Inkomenstoeslag?
    let kwijtscheldingPercentage: Int
    /// This municipality's schemes in `BatchKernel.regelingen`.
    let regelingen: Range<Int>
}
