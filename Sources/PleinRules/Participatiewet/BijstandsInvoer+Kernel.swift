import PleinDomain

extension BijstandsInvoer {
    /// Counts one member other than aanvrager and partner as `init(_:op:parameters:)` does: a
    /// child under 18 is ten laste komend, any other member from the kostendeler age on is a
    /// kostendeler unless an exception applies. For the batch kernel, which reads members from
    /// columns instead of `Persoon` values.
    mutating func telMedebewoner(isKind: Bool, leeftijd: Int, kostendelerUitzondering: Bool,
                                 kostendelerMinimumleeftijd: Int) {
        if isKind && leeftijd < 18 {
            kinderenOnder18 += 1
            if leeftijd < 12 { kindOnder12 = true }
        } else if leeftijd >= kostendelerMinimumleeftijd && !kostendelerUitzondering {
            kostendelers += 1
        }
    }
}
