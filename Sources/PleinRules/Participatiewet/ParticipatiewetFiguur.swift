import PleinDomain

/// The Participatiewet amounts that have a table, as a closed set: resolved parameters store
/// them by this index, so selecting a norm is choosing a case (no copying of cited values)
/// and the source is looked up only when a trace asks for it.
public enum ParticipatiewetFiguur: Int, CaseIterable, Sendable {
    case alleenstaande18tot21, gehuwdenBeide18tot21, gehuwdenEen18tot21
    case alleenstaandeOuder18tot21, gehuwdenBeide18tot21MetKind, gehuwdenEen18tot21MetKind
    case alleenstaande21, gehuwden21
    case alleenstaandeAOW, gehuwdenBeideAOW, gehuwdenEenAOW
    case kostendelerJongeEchtgenootMetKind, kostendelerJongeEchtgenoot
    case vrijlatingArbeidMaximum, vrijlatingAlleenstaandeOuderMaximum, vrijlatingMedischUrenbeperktMaximum
    case vermogensgrensAlleenstaande, vermogensgrensAlleenstaandeOuder, vermogensgrensGehuwden
    case vrijlatingEigenWoning

    public var tabel: ParameterTable<Money> {
        typealias T = ParticipatiewetTabellen
        switch self {
        case .alleenstaande18tot21: return T.alleenstaande18tot21
        case .gehuwdenBeide18tot21: return T.gehuwdenBeide18tot21
        case .gehuwdenEen18tot21: return T.gehuwdenEen18tot21
        case .alleenstaandeOuder18tot21: return T.alleenstaandeOuder18tot21
        case .gehuwdenBeide18tot21MetKind: return T.gehuwdenBeide18tot21MetKind
        case .gehuwdenEen18tot21MetKind: return T.gehuwdenEen18tot21MetKind
        case .alleenstaande21: return T.alleenstaande21
        case .gehuwden21: return T.gehuwden21
        case .alleenstaandeAOW: return T.alleenstaandeAOW
        case .gehuwdenBeideAOW: return T.gehuwdenBeideAOW
        case .gehuwdenEenAOW: return T.gehuwdenEenAOW
        case .kostendelerJongeEchtgenootMetKind: return T.kostendelerJongeEchtgenootMetKind
        case .kostendelerJongeEchtgenoot: return T.kostendelerJongeEchtgenoot
        case .vrijlatingArbeidMaximum: return T.vrijlatingArbeidMaximum
        case .vrijlatingAlleenstaandeOuderMaximum: return T.vrijlatingAlleenstaandeOuderMaximum
        case .vrijlatingMedischUrenbeperktMaximum: return T.vrijlatingMedischUrenbeperktMaximum
        case .vermogensgrensAlleenstaande: return T.vermogensgrensAlleenstaande
        case .vermogensgrensAlleenstaandeOuder: return T.vermogensgrensAlleenstaandeOuder
        case .vermogensgrensGehuwden: return T.vermogensgrensGehuwden
        case .vrijlatingEigenWoning: return T.vrijlatingEigenWoning
        }
    }
}
