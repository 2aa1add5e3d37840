import PleinDomain

extension Bijstand {
    /// The right and amount `evaluate` reports for a computed outcome, for the batch kernel:
    /// the amount is the monthly bijstand, zero unless there is a right.
    static func kernel(_ uitkomst: BijstandsUitkomst) -> KernelUitkomst {
        switch uitkomst.status {
        case .recht: return .ja(perMaand: uitkomst.bedrag)
        case .geenRecht: return .nee
        case .onbekend: return .onbekend
        }
    }
}
