import Foundation

/// A document the municipality asks for with a bijstand application, and when it is asked.
/// Missing documents do not stop the resident from applying: the date of the melding decides
/// from when bijstand can be granted (Participatiewet art. 44 lid 1), and the municipality asks
/// for what is missing with a deadline (Awb art. 4:5).
struct RequestedDocument: Sendable {
    let code: String
    let name: LocalizedText
    let hint: LocalizedText
    var applies: @Sendable (CheckAnswers) -> Bool = { _ in true }

    static let all: [RequestedDocument] = [
        RequestedDocument(code: "identiteitsbewijs",
            name: .init(nl: "Identiteitsbewijs", en: "Proof of identity"),
            hint: .init(nl: "Uw paspoort, identiteitskaart of verblijfsdocument. Van uw partner ook.",
                        en: "Your passport, identity card or residence document. Your partner's too.")),
        RequestedDocument(code: "bankafschriften",
            name: .init(nl: "Bankafschriften", en: "Bank statements"),
            hint: .init(nl: "Van alle rekeningen, over de laatste maand.", en: "Of all accounts, for the last month.")),
        RequestedDocument(code: "huurcontract",
            name: .init(nl: "Huurcontract", en: "Rental contract"),
            hint: .init(nl: "Of de laatste brief over de huurprijs.", en: "Or the latest letter about the rent."),
            applies: { $0.value("woning") == "huur" }),
        RequestedDocument(code: "inkomen",
            name: .init(nl: "Loonstroken of uitkeringsspecificaties", en: "Payslips or benefit statements"),
            hint: .init(nl: "Van de laatste maand, van u en uw partner.", en: "For the last month, yours and your partner's."),
            applies: { ($0.value("nettoPerMaand").flatMap(Int64.init) ?? 0) > 0 || ($0.value("partnerNettoPerMaand").flatMap(Int64.init) ?? 0) > 0 }),
    ]

    static func requested(for answers: CheckAnswers) -> [RequestedDocument] { all.filter { $0.applies(answers) } }

    static func named(_ code: String) -> RequestedDocument? { all.first { $0.code == code } }
}
