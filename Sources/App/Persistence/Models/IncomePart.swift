import Fluent
import Foundation
import PleinDomain

/// One part of a resident's income: who pays what, how often, from when. Supplied by the paying
/// organisation (through the API or its professionals) or entered by the resident themself, so
/// that the resident sees all parts from all payers in one place.
final class IncomePart: Model, @unchecked Sendable {
    static let schema = "inkomsten"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case bijstand, loon, uitkering, pensioen, zorgtoeslag, huurtoeslag, kindgebondenBudget, kinderopvangtoeslag,
             kinderbijslag, alimentatie, studiefinanciering, overig

        var label: LocalizedText {
            switch self {
            case .bijstand: .init(nl: "Bijstand", en: "Social assistance (bijstand)")
            case .loon: .init(nl: "Loon", en: "Wages")
            case .uitkering: .init(nl: "Andere uitkering (WW, WIA, Wajong)", en: "Other benefit (WW, WIA, Wajong)")
            case .pensioen: .init(nl: "AOW of pensioen", en: "State pension or pension")
            case .zorgtoeslag: .init(nl: "Zorgtoeslag", en: "Healthcare allowance")
            case .huurtoeslag: .init(nl: "Huurtoeslag", en: "Rent allowance")
            case .kindgebondenBudget: .init(nl: "Kindgebonden budget", en: "Child-related budget")
            case .kinderopvangtoeslag: .init(nl: "Kinderopvangtoeslag", en: "Childcare allowance")
            case .kinderbijslag: .init(nl: "Kinderbijslag", en: "Child benefit")
            case .alimentatie: .init(nl: "Alimentatie", en: "Alimony")
            case .studiefinanciering: .init(nl: "Studiefinanciering", en: "Student finance")
            case .overig: .init(nl: "Ander inkomen", en: "Other income")
            }
        }
    }

    @ID(key: .id) var id: UUID?
    /// The organisation that supplied it; for a part the resident entered, their municipality.
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "bsn") var bsn: String
    @Enum(key: "soort") var kind: Kind
    /// Who pays, as the resident knows them ("Belastingdienst/Toeslagen", "SVB", an employer).
    @Field(key: "betaler") var payer: String
    @Field(key: "bedrag_centen") var amountCents: Int64
    @Enum(key: "frequentie") var frequency: PaymentFrequency
    /// ISO date of the first payment; later dates follow from the frequency.
    @Field(key: "eerste_betaaldatum") var firstPayment: String
    /// ISO date of the last payment, if known.
    @OptionalField(key: "laatste_betaaldatum") var lastPayment: String?
    @Field(key: "door_inwoner") var enteredByResident: Bool
    @Timestamp(key: "aangemaakt_op", on: .create) var createdAt: Date?
    @OptionalField(key: "beeindigd_op") var endedAt: Date?

    init() {}

    init(organisationID: UUID, bsn: String, kind: Kind, payer: String, amount: Money, frequency: PaymentFrequency,
         firstPayment: CivilDate, lastPayment: CivilDate?, enteredByResident: Bool) {
        self.organisationID = organisationID
        self.bsn = bsn
        self.kind = kind
        self.payer = payer
        self.amountCents = amount.cents
        self.frequency = frequency
        self.firstPayment = firstPayment.description
        self.lastPayment = lastPayment?.description
        self.enteredByResident = enteredByResident
    }

    var amount: Money { Money(cents: amountCents) }
    var monthlyAmount: Money { frequency.monthlyAmount(of: amount) }
}

extension PaymentFrequency {
    var label: LocalizedText {
        switch self {
        case .week: .init(nl: "per week", en: "per week")
        case .vierWeken: .init(nl: "per 4 weken", en: "every 4 weeks")
        case .maand: .init(nl: "per maand", en: "per month")
        case .kwartaal: .init(nl: "per kwartaal", en: "per quarter")
        case .jaar: .init(nl: "per jaar", en: "per year")
        }
    }
}
