import Foundation

extension Questionnaire {
    /// The online bijstand application: the household, home, income and assets questions of
    /// "Check je rechten" (answers already given there are not asked again), then how to reach
    /// the resident and where to pay. The months of low income only matter for the individuele
    /// inkomenstoeslag, so the application leaves that question out.
    static let bijstandApplication = Questionnaire(
        path: "/aanvraag/vraag",
        questions: CheckQuestion.all.filter { $0.slug != "laag-inkomen" } + [
            CheckQuestion(slug: "contact",
                question: .init(nl: "Hoe kunnen wij u bereiken?", en: "How can we reach you?"),
                hint: .init(nl: "Wij sturen u een e-mail als er nieuws is over uw aanvraag. In de e-mail staat nooit iets over uw situatie.",
                            en: "We send you an e-mail when there is news about your application. The e-mail never says anything about your situation."),
                fields: { _ in [
                    CheckField(name: "email", label: .init(nl: "E-mailadres", en: "E-mail address"), kind: .text(.email)),
                    CheckField(name: "telefoon", label: .init(nl: "Telefoonnummer", en: "Phone number"),
                               hint: .init(nl: "Bijvoorbeeld 06 12345678.", en: "For example 06 12345678."), kind: .text(.phone)),
                ] }),
            CheckQuestion(slug: "rekening",
                question: .init(nl: "Op welke bankrekening wilt u de bijstand krijgen?", en: "Into which bank account do you want to receive the bijstand?"),
                hint: .init(nl: "Het rekeningnummer (IBAN) staat op uw bankpas. De rekening moet op uw naam staan.",
                            en: "The account number (IBAN) is on your bank card. The account must be in your name."),
                fields: { _ in [CheckField(name: "iban", label: .init(nl: "IBAN", en: "IBAN"), kind: .text(.iban))] }),
        ])
}
