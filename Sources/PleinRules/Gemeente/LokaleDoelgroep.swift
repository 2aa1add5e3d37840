/// Who a local scheme is for: the household as a whole, or each child that meets the age
/// condition (a kindpakket per child).
public enum LokaleDoelgroep: String, Hashable, Sendable, Codable {
    case huishouden
    case kind
}
