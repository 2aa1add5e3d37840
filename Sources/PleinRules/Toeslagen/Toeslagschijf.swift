import PleinDomain

/// One row of the kinderopvangtoeslag table (Besluit kinderopvangtoeslag, bijlage I): from
/// this joint toetsingsinkomen up to the next row's `vanaf`, the percentage of the costs for
/// the first child and for every next child.
public struct Toeslagschijf: Hashable, Sendable {
    public let vanaf: Money
    public let eersteKind: Percentage
    public let volgendKind: Percentage

    /// A row as the table prints it: the lower bound in whole euros, percentages to one
    /// decimal in tenths (955 is 95,5%).
    init(vanaf euros: Int64, eersteKind: Int64, volgendKind: Int64) {
        self.vanaf = Money(euros: euros)
        self.eersteKind = Percentage(duizendsten: eersteKind * 100)
        self.volgendKind = Percentage(duizendsten: volgendKind * 100)
    }
}
