/// What kind of income a scheme provides, so "werken loont" knows what to add up monthly.
public enum RegelingSoort: String, Hashable, Sendable {
    /// A monthly benefit that is offset against income (bijstand).
    case uitkering
    /// A national income-dependent allowance (Awir): counted monthly in "werken loont".
    case toeslag
    /// A municipal scheme (yearly amounts, discretionary or advisory): not in the monthly sum.
    case gemeentelijk
}
