import PleinDomain

extension Minimatoets {
    /// `grens(_:)` for a norm the batch kernel already has: `percentage` of the norm, rounded
    /// to the cent.
    static func grens(_ norm: Money, _ percentage: Int) -> Money {
        norm.multiplied(by: Int64(percentage), dividedBy: 100)
    }

    /// The household's net income per month as the minimatoets counts it.
    static func inkomen(_ invoer: BijstandsInvoer) -> Money {
        invoer.aanvrager.nettoInkomen + (invoer.partner?.nettoInkomen ?? .zero)
    }
}
