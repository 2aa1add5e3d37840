import Foundation

/// A line of a case's timeline as the case page shows it (see `PlainRow`).
struct CaseEventRow: PlainRow {
    let at: Date
    let kind: CaseEvent.Kind
    let detail: String?
    let byName: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case at = "op", kind = "soort", detail, byName = "door"
    }
}
