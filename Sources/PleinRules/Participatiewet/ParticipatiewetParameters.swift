import PleinDomain

/// The Participatiewet figures resolved for one peildatum. Each keeps its `Dated` wrapper so
/// a trace can cite the article; the arithmetic reads `.value`. A final class: schemes pass it
/// around per household, and a reference costs one retain where a copy of two dozen cited
/// values costs a hundred.
public final class ParticipatiewetParameters: Sendable {
    typealias T = ParticipatiewetTabellen

    public let alleenstaande18tot21: Dated<Money>
    public let gehuwdenBeide18tot21: Dated<Money>
    public let gehuwdenEen18tot21: Dated<Money>
    public let alleenstaandeOuder18tot21: Dated<Money>
    public let gehuwdenBeide18tot21MetKind: Dated<Money>
    public let gehuwdenEen18tot21MetKind: Dated<Money>
    public let verhogingJongereZonderOuders: Dated<Money?>
    public let alleenstaande21: Dated<Money>
    public let gehuwden21: Dated<Money>
    public let alleenstaandeAOW: Dated<Money>
    public let gehuwdenBeideAOW: Dated<Money>
    public let gehuwdenEenAOW: Dated<Money>
    public let kostendelerJongeEchtgenootMetKind: Dated<Money>
    public let kostendelerJongeEchtgenoot: Dated<Money>
    public let kostendelerMinimumleeftijd: Dated<Int>
    public let vrijlatingsRegime: Dated<VrijlatingsRegime>
    public let vrijlatingArbeidMaximum: Dated<Money>
    public let vrijlatingAlleenstaandeOuderMaximum: Dated<Money>
    public let vrijlatingMedischUrenbeperktMaximum: Dated<Money>
    public let vrijlatingAOWMaximum34a: Dated<Money?>
    public let vermogensgrensAlleenstaande: Dated<Money>
    public let vermogensgrensAlleenstaandeOuder: Dated<Money>
    public let vermogensgrensGehuwden: Dated<Money>
    public let vrijlatingEigenWoning: Dated<Money>

    public init(peildatum d: CivilDate) throws(RulesError) {
        alleenstaande18tot21 = try T.alleenstaande18tot21.entry(on: d)
        gehuwdenBeide18tot21 = try T.gehuwdenBeide18tot21.entry(on: d)
        gehuwdenEen18tot21 = try T.gehuwdenEen18tot21.entry(on: d)
        alleenstaandeOuder18tot21 = try T.alleenstaandeOuder18tot21.entry(on: d)
        gehuwdenBeide18tot21MetKind = try T.gehuwdenBeide18tot21MetKind.entry(on: d)
        gehuwdenEen18tot21MetKind = try T.gehuwdenEen18tot21MetKind.entry(on: d)
        verhogingJongereZonderOuders = try T.verhogingJongereZonderOuders.entry(on: d)
        alleenstaande21 = try T.alleenstaande21.entry(on: d)
        gehuwden21 = try T.gehuwden21.entry(on: d)
        alleenstaandeAOW = try T.alleenstaandeAOW.entry(on: d)
        gehuwdenBeideAOW = try T.gehuwdenBeideAOW.entry(on: d)
        gehuwdenEenAOW = try T.gehuwdenEenAOW.entry(on: d)
        kostendelerJongeEchtgenootMetKind = try T.kostendelerJongeEchtgenootMetKind.entry(on: d)
        kostendelerJongeEchtgenoot = try T.kostendelerJongeEchtgenoot.entry(on: d)
        kostendelerMinimumleeftijd = try T.kostendelerMinimumleeftijd.entry(on: d)
        vrijlatingsRegime = try T.vrijlatingsRegime.entry(on: d)
        vrijlatingArbeidMaximum = try T.vrijlatingArbeidMaximum.entry(on: d)
        vrijlatingAlleenstaandeOuderMaximum = try T.vrijlatingAlleenstaandeOuderMaximum.entry(on: d)
        vrijlatingMedischUrenbeperktMaximum = try T.vrijlatingMedischUrenbeperktMaximum.entry(on: d)
        vrijlatingAOWMaximum34a = try T.vrijlatingAOWMaximum34a.entry(on: d)
        vermogensgrensAlleenstaande = try T.vermogensgrensAlleenstaande.entry(on: d)
        vermogensgrensAlleenstaandeOuder = try T.vermogensgrensAlleenstaandeOuder.entry(on: d)
        vermogensgrensGehuwden = try T.vermogensgrensGehuwden.entry(on: d)
        vrijlatingEigenWoning = try T.vrijlatingEigenWoning.entry(on: d)
    }
}
