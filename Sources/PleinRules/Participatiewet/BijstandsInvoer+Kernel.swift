import PleinDomain

extension BijstandsInvoer {
    /// How `init(_:op:parameters:)` counts a member other than aanvrager and partner: a child
    /// under 18 is ten laste komend (`onder12` for art. 31 lid 2 sub r), any other member from
    /// the kostendeler age on is a kostendeler unless an exception applies. For the batch
    /// kernel, which reads members from columns instead of `Persoon` values.
    static func medebewoner(isKind: Bool, leeftijd: Int, kostendelerUitzondering: Bool,
                            kostendelerMinimumleeftijd: Int) -> (kind: Bool, onder12: Bool, kostendeler: Bool) {
        if isKind && leeftijd < 18 { return (true, leeftijd < 12, false) }
        return (false, false, leeftijd >= kostendelerMinimumleeftijd && !kostendelerUitzondering)
    }
}
