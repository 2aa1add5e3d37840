import Foundation

/// The decision on a case as the case page, the letter and the API show it (see `PlainRow`).
struct DecisionRow: PlainRow {
    let id: UUID
    let kind: Decision.Kind
    let motivation: String
    let startDate: String?
    let monthlyCents: Int64?
    let calculatedCents: Int64?
    let deviationReason: String?
    let calculationExplanation: String?
    let decidedByName: String
    let decidedAt: Date

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind = "soort", motivation = "motivering", startDate = "ingangsdatum", monthlyCents = "bedrag_per_maand_centen"
        case calculatedCents = "berekend_bedrag_centen", deviationReason = "afwijkingsreden"
        case calculationExplanation = "berekening_toelichting", decidedByName = "genomen_door_naam", decidedAt = "genomen_op"
    }
}

extension DecisionRow {
    /// The row of a decision just taken, for the API's answer.
    init(_ decision: Decision) {
        self.init(id: decision.id!, kind: decision.kind, motivation: decision.motivation, startDate: decision.startDate,
                  monthlyCents: decision.monthlyCents, calculatedCents: decision.calculatedCents,
                  deviationReason: decision.deviationReason, calculationExplanation: decision.calculationExplanation,
                  decidedByName: decision.decidedByName, decidedAt: decision.decidedAt)
    }
}
