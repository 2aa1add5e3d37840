import Foundation

/// One question page of a questionnaire ("Check je rechten", the bijstand application). Which
/// question comes next depends on earlier answers (no partner: no partner's birth date; no
/// rent: no rent amount); see `Questionnaire`.
struct CheckQuestion: Sendable {
    let slug: String
    let question: LocalizedText
    var hint: LocalizedText? = nil
    let fields: @Sendable (CheckAnswers) -> [CheckField]
    /// Asked only when this holds for the answers so far.
    var applies: @Sendable (CheckAnswers) -> Bool = { _ in true }

    /// The questions about the household, its home, income and assets, in order: "Check je
    /// rechten" asks them, and the bijstand application reuses the answers.
    static let all: [CheckQuestion] = [
        CheckQuestion(slug: "samenwonen",
            question: .init(nl: "Bent u getrouwd of woont u samen met een partner?", en: "Are you married or living with a partner?"),
            hint: .init(nl: "Een partner is iemand met wie u getrouwd bent of met wie u samen een huishouden heeft.",
                        en: "A partner is someone you are married to or share a household with."),
            fields: { _ in [CheckField(name: "samenwonen", label: .init(nl: "Partner", en: "Partner"), kind: .choice([
                ("nee", .init(nl: "Nee, ik woon zonder partner", en: "No, I live without a partner")),
                ("ja", .init(nl: "Ja, ik heb een partner", en: "Yes, I have a partner")),
            ]))] }),
        CheckQuestion(slug: "geboortedatum",
            question: .init(nl: "Wat is uw geboortedatum?", en: "What is your date of birth?"),
            fields: { _ in [CheckField(name: "geboortedatum", label: .init(nl: "Uw geboortedatum", en: "Your date of birth"),
                                       hint: .init(nl: "Bijvoorbeeld 25 3 1990.", en: "For example 25 3 1990."), kind: .date)] }),
        CheckQuestion(slug: "partner",
            question: .init(nl: "Wat is de geboortedatum van uw partner?", en: "What is your partner's date of birth?"),
            fields: { _ in [CheckField(name: "partnerGeboortedatum", label: .init(nl: "Geboortedatum van uw partner", en: "Your partner's date of birth"),
                                       hint: .init(nl: "Bijvoorbeeld 25 3 1990.", en: "For example 25 3 1990."), kind: .date)] },
            applies: { $0.hasPartner }),
        CheckQuestion(slug: "kinderen",
            question: .init(nl: "Hoeveel kinderen jonger dan 18 jaar wonen bij u?", en: "How many children under 18 live with you?"),
            fields: { _ in [CheckField(name: "kinderen", label: .init(nl: "Aantal kinderen", en: "Number of children"),
                                       hint: .init(nl: "Vul 0 in als er geen kinderen bij u wonen.", en: "Enter 0 if no children live with you."),
                                       kind: .count(0...12))] }),
        CheckQuestion(slug: "kinderen-geboortedata",
            question: .init(nl: "Wat zijn de geboortedata van uw kinderen?", en: "What are your children's dates of birth?"),
            fields: { answers in (1...max(1, answers.childCount)).map { index in
                CheckField(name: "kind\(index)", label: .init(nl: "Geboortedatum kind \(index)", en: "Date of birth child \(index)"), kind: .date)
            } },
            applies: { $0.childCount > 0 }),
        CheckQuestion(slug: "huisgenoten",
            question: .init(nl: "Hoeveel andere volwassenen van 27 jaar of ouder wonen bij u in huis?", en: "How many other adults aged 27 or older live in your home?"),
            hint: .init(nl: "Tel alleen mensen van 27 jaar of ouder, bijvoorbeeld een volwassen kind, een ouder of een huisgenoot. Tel uzelf en uw partner niet mee.",
                        en: "Only count people aged 27 or older, for example an adult child, a parent or a housemate. Do not count yourself and your partner."),
            fields: { _ in [CheckField(name: "huisgenoten", label: .init(nl: "Aantal andere volwassenen", en: "Number of other adults"),
                                       kind: .count(0...10))] }),
        CheckQuestion(slug: "woning",
            question: .init(nl: "Huurt u uw woning?", en: "Do you rent your home?"),
            fields: { _ in [CheckField(name: "woning", label: .init(nl: "Woning", en: "Home"), kind: .choice([
                ("huur", .init(nl: "Ja, ik huur", en: "Yes, I rent")),
                ("koop", .init(nl: "Nee, ik heb een koopwoning", en: "No, I own my home")),
                ("geen", .init(nl: "Nee, ik heb geen eigen woning (ik woon bijvoorbeeld in bij iemand)", en: "No, I have no home of my own (for example I live with someone)")),
            ]))] }),
        CheckQuestion(slug: "huur",
            question: .init(nl: "Hoeveel huur betaalt u per maand?", en: "How much rent do you pay per month?"),
            hint: .init(nl: "Dit staat in uw huurcontract of op de brief over de huurverhoging.", en: "This is in your rental contract or in the letter about the rent increase."),
            fields: { _ in [
                CheckField(name: "kaleHuur", label: .init(nl: "Kale huur per maand in euro", en: "Basic rent per month in euro"),
                           hint: .init(nl: "De huur zonder servicekosten.", en: "The rent without service charges."), kind: .money),
                CheckField(name: "servicekosten", label: .init(nl: "Servicekosten per maand in euro", en: "Service charges per month in euro"),
                           hint: .init(nl: "Alleen voor: schoonmaak van trap, lift of gang; lift en licht in de gang; "
                                           + "een huismeester; een gezamenlijke ruimte. Niet voor energie of water. "
                                           + "Vul 0 in als u die niet betaalt.",
                                       en: "Only for: cleaning the stairs, lift or hall; the lift and lights in the hall; "
                                           + "a caretaker; a shared room. Not for energy or water. Enter 0 if you do not pay these."),
                           kind: .money),
            ] },
            applies: { $0.value("woning") == "huur" }),
        CheckQuestion(slug: "inkomen",
            question: .init(nl: "Hoeveel inkomen heeft u?", en: "How much income do you have?"),
            hint: .init(nl: "Netto is wat u op uw rekening krijgt. Bruto per jaar staat op uw jaaropgave. Vul 0 in als u geen inkomen heeft.",
                        en: "Net is what you receive in your account. Gross per year is on your annual statement. Enter 0 if you have no income."),
            fields: { answers in
                var fields = [
                    CheckField(name: "nettoPerMaand", label: .init(nl: "Uw netto inkomen per maand in euro", en: "Your net income per month in euro"), kind: .money),
                    CheckField(name: "brutoPerJaar", label: .init(nl: "Uw bruto inkomen per jaar in euro", en: "Your gross income per year in euro"), kind: .money),
                ]
                if answers.hasPartner {
                    fields += [
                        CheckField(name: "partnerNettoPerMaand", label: .init(nl: "Netto inkomen van uw partner per maand in euro", en: "Your partner's net income per month in euro"), kind: .money),
                        CheckField(name: "partnerBrutoPerJaar", label: .init(nl: "Bruto inkomen van uw partner per jaar in euro", en: "Your partner's gross income per year in euro"), kind: .money),
                    ]
                }
                return fields
            }),
        CheckQuestion(slug: "laag-inkomen",
            question: .init(nl: "Hoeveel maanden heeft uw huishouden al een laag inkomen?", en: "For how many months has your household had a low income?"),
            hint: .init(nl: "Bijvoorbeeld bijstand of een ander inkomen rond het minimum. Vul 0 in als dat niet zo is. Dit is nodig voor de individuele inkomenstoeslag.",
                        en: "For example bijstand or another income around the minimum. Enter 0 if not. This is needed for the individual income supplement."),
            fields: { _ in [CheckField(name: "maandenLaagInkomen", label: .init(nl: "Aantal maanden", en: "Number of months"),
                                       kind: .count(0...600))] }),
        CheckQuestion(slug: "vermogen",
            question: .init(nl: "Hoeveel spaargeld en bezit heeft uw huishouden samen?", en: "How much savings and assets does your household have together?"),
            hint: .init(nl: "Tel op: spaargeld, geld op uw betaalrekening, een auto die meer dan € 5.000 waard is, en andere bezittingen. Vul 0 in als u niets heeft.",
                        en: "Add up: savings, money in your current account, a car worth more than € 5,000, and other assets. Enter 0 if you have nothing."),
            fields: { _ in [CheckField(name: "vermogen", label: .init(nl: "Spaargeld en bezit in euro", en: "Savings and assets in euro"), kind: .money)] }),
    ]

    func isAnswered(in answers: CheckAnswers) -> Bool {
        fields(answers).allSatisfy { answers.value($0.name) != nil }
    }
}
