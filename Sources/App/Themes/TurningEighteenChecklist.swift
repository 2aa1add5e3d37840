import PleinDomain
import PleinRules

/// What changes when someone turns 18, as a personal list with dates from their birth date.
/// Every item names the article it follows from; the law was read in the consolidated texts
/// valid on 2026-01-01 (see docs/law/jeugd18.md). Pure: no I/O.
enum TurningEighteenChecklist {
    struct Item: Sendable {
        let title: LocalizedText
        let text: LocalizedText
        /// From when it applies (or, for something to arrange beforehand, the birthday itself).
        let date: CivilDate
        let reference: LegalReference?
    }

    static let jeugdwet = Wet(id: "BWBR0034925", titel: "Jeugdwet")
    static let burgerlijkWetboek1 = Wet(id: "BWBR0002656", titel: "Burgerlijk Wetboek Boek 1")
    static let studiefinanciering = Wet(id: "BWBR0011453", titel: "Wet studiefinanciering 2000")

    /// The items in date order.
    static func items(birthDate: CivilDate) -> [Item] {
        let birthday = eighteenthBirthday(birthDate)
        let nextMonth = firstOfNextMonth(after: birthday)
        // The first day of a quarter on which the person is 18: from then on mbo student finance
        // (WSF 2000 art. 2.3 lid 1 onder b), and no more kinderbijslag (AKW art. 7 lid 1 with art. 11 lid 2).
        let quarterAfter = isFirstDayOfQuarter(birthday) ? birthday : firstOfNextQuarter(after: birthday)
        let lastBenefitMonth = CivilDate(year: birthday.year, month: birthday.month, day: 1)!
        let lastMonth = monthName(lastBenefitMonth)
        let d = { (date: CivilDate) in date.dutchNotation }
        let list: [Item] = [
            Item(title: .init(nl: "Zorgverzekering: zelf premie betalen", en: "Health insurance: paying the premium yourself"),
                 text: .init(nl: "Tot uw 18e regelen uw ouders uw zorgverzekering en betaalt niemand premie voor u. Vanaf \(d(nextMonth)) betaalt u zelf premie. Kies een polis of laat uw ouders de verzekering aan u overdragen.",
                             en: "Until you are 18 your parents arrange your health insurance and nobody pays a premium for you. From \(d(nextMonth)) you pay the premium yourself. Choose a policy or have your parents transfer the insurance to you."),
                 date: nextMonth, reference: Wet.zorgverzekeringswet.artikel("16", lid: "2", onderdeel: "a")),
            Item(title: .init(nl: "Zorgtoeslag aanvragen", en: "Apply for healthcare allowance"),
                 text: .init(nl: "Vanaf \(d(nextMonth)) kunt u zorgtoeslag krijgen als uw inkomen laag is. Vraag het aan bij Dienst Toeslagen; daarvoor heeft u DigiD nodig.",
                             en: "From \(d(nextMonth)) you can get healthcare allowance if your income is low. Apply at Dienst Toeslagen; you need DigiD for that."),
                 date: nextMonth, reference: Wet.zorgtoeslag.artikel("1", lid: "1", onderdeel: "c")),
            Item(title: .init(nl: "DigiD aanvragen", en: "Apply for DigiD"),
                 text: .init(nl: "Heeft u nog geen DigiD? Vraag het ruim voor uw 18e verjaardag (\(d(birthday))) aan. U heeft het nodig voor toeslagen, DUO, de Belastingdienst en uw zorgverzekeraar.",
                             en: "No DigiD yet? Apply well before your 18th birthday (\(d(birthday))). You need it for allowances, DUO, the Tax Administration and your health insurer."),
                 date: birthday, reference: nil),
            Item(title: .init(nl: "Uw eigen bankrekening en geldzaken", en: "Your own bank account and money"),
                 text: .init(nl: "Op \(d(birthday)) bent u meerderjarig. Uw ouders beheren dan uw geld niet meer. Zet uw rekening om naar een rekening op uw eigen naam en let op: u tekent voortaan zelf contracten.",
                             en: "On \(d(birthday)) you come of age. Your parents no longer manage your money. Change your account to one in your own name, and note: from now on you sign contracts yourself."),
                 date: birthday, reference: burgerlijkWetboek1.artikel("1:233")),
            Item(title: .init(nl: "Studiefinanciering", en: "Student finance"),
                 text: .init(nl: "Zit u op het mbo? Dan kunt u studiefinanciering krijgen vanaf \(d(quarterAfter)). Gaat u naar het hbo of de universiteit? Dan krijgt u het vanaf de maand waarin u begint, hoe oud u ook bent. Vraag het aan bij DUO.",
                             en: "At mbo (vocational school)? Then you can get student finance from \(d(quarterAfter)). Going to a university of applied sciences or a university? Then you get it from the month you start, whatever your age. Apply at DUO."),
                 date: quarterAfter, reference: studiefinanciering.artikel("2.3", lid: "1", onderdeel: "b")),
            Item(title: .init(nl: "Jeugdhulp stopt, tenzij die verlengd wordt", en: "Youth care stops unless it is extended"),
                 text: .init(nl: "Jeugdhulp is er tot uw 18e. Heeft u daarna nog hulp nodig? Dan kan die doorlopen tot uw 23e (pleegzorg tot uw 21e), maar dat moet vóór \(d(birthday)) besloten zijn. Praat er op tijd over met uw hulpverlener.",
                             en: "Youth care is there until you turn 18. Do you still need help after that? It can continue until you are 23 (foster care until 21), but that must be decided before \(d(birthday)). Talk about it with your care worker in time."),
                 date: birthday, reference: jeugdwet.artikel("1.1")),
            Item(title: .init(nl: "Kindgebonden budget en kinderbijslag stoppen", en: "Child budget and child benefit stop"),
                 text: .init(nl: "Uw ouders krijgen kindgebonden budget voor u tot en met de maand waarin u 18 wordt: \(lastMonth.nl) is de laatste maand. Kinderbijslag krijgen zij voor u niet meer vanaf \(d(quarterAfter)). Dat kan het inkomen thuis lager maken.",
                             en: "Your parents receive child budget for you up to and including the month you turn 18: \(lastMonth.en) is the last month. They no longer receive child benefit for you from \(d(quarterAfter)). That can lower the income at home."),
                 date: lastBenefitMonth, reference: Wet.kindgebondenBudget.artikel("2", lid: "1")),
        ]
        return list.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The day someone is 18 by `CivilDate.age(on:)`: born on 29 February, that is 1 March in a
    /// year without one.
    static func eighteenthBirthday(_ birthDate: CivilDate) -> CivilDate {
        let date = birthDate.adding(years: 18)
        return date.day == birthDate.day ? date : date.adding(days: 1)
    }

    static func monthName(_ date: CivilDate) -> LocalizedText {
        let nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return .init(nl: "\(nl[date.month - 1]) \(date.year)", en: "\(en[date.month - 1]) \(date.year)")
    }

    static func firstOfNextMonth(after date: CivilDate) -> CivilDate {
        CivilDate(year: date.year, month: date.month, day: 1)!.adding(months: 1)
    }

    static func isFirstDayOfQuarter(_ date: CivilDate) -> Bool { date.day == 1 && (date.month - 1) % 3 == 0 }

    static func firstOfNextQuarter(after date: CivilDate) -> CivilDate {
        CivilDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)!.adding(months: 3)
    }
}
