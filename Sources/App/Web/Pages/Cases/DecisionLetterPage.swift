import Foundation
import Plot
import PleinDomain

/// The decision letter in plain Dutch, printable: what was decided, why, the amount and how it
/// was calculated, and how to object (bezwaar, Awb art. 3:45, 6:7, 6:8).
struct DecisionLetterPage {
    let context: PageContext
    let file: CaseFile
    let decision: DecisionRow
    let organisationName: String

    func render() -> String {
        let c = context
        let decided = CivilDate(decision.decidedAt)
        let melding = DecisionService.meldingDate(of: file)
        let objectionDeadline = ApplicationTerms.objectionDeadline(decisionDate: decided)
        let title = c.t("Besluit over uw aanvraag bijstand", "Decision on your bijstand application")
        return Layout.render(c, title: title, main: .article(.class("letter"),
            .p(.class("no-print"), .a(.href("/zaken/\(file.id!.uuidString)"), .text(c.t("Terug naar de aanvraag", "Back to the application")))),
            .p(.strong(.text(organisationName))),
            .dl(.class("details"),
                .dt(.text(c.t("Datum", "Date"))), .dd(.text(decided.dutchNotation)),
                .dt(.text(c.t("Aanvraagnummer", "Application number"))), .dd(.text(file.reference)),
                .dt(.text(c.t("Betreft", "Subject"))), .dd(.text(c.t("Uw aanvraag voor bijstand", "Your application for bijstand")))),
            .h1(.text(title)),
            .p(.text(c.t("Beste \(file.residentName),", "Dear \(file.residentName),"))),
            .p(.text(c.t("U heeft bijstand aangevraagd\(melding.map { " op \($0.dutchNotation)" } ?? ""). In deze brief leest u ons besluit.",
                         "You applied for bijstand\(melding.map { " on \($0.dutchNotation)" } ?? ""). This letter tells you our decision."))),
            .h2(.text(c.t("Ons besluit", "Our decision"))),
            outcome(),
            .h2(.text(c.t("Waarom?", "Why?"))),
            .p(.class("motivation"), .text(decision.motivation)),
            .unwrap(decision.calculationExplanation) { explanation in
                .group(.h2(.text(c.t("Hoe hebben wij het bedrag berekend?", "How did we calculate the amount?"))),
                       .pre(.class("explanation"), .text(explanation)))
            },
            .unwrap(decision.deviationReason) { .p(.strong(.text(c.t("Afwijking van de berekening: ", "Deviation from the calculation: "))), .text($0)) },
            .h2(.text(c.t("Bent u het niet eens met dit besluit?", "Do you disagree with this decision?"))),
            .p(.text(c.t(
                "Dan kunt u bezwaar maken. Dat moet binnen 6 weken na de datum van deze brief: uiterlijk \(objectionDeadline.dutchNotation). Stuur uw bezwaar aan het college van burgemeester en wethouders van \(organisationName).",
                "Then you can object (bezwaar). You must do so within 6 weeks after the date of this letter: by \(objectionDeadline.dutchNotation) at the latest. Send your objection to the college van burgemeester en wethouders of \(organisationName)."))),
            .p(.text(c.t("Zet in uw bezwaar:", "Put in your objection:"))),
            .ul(
                .li(.text(c.t("uw naam en adres;", "your name and address;"))),
                .li(.text(c.t("de datum;", "the date;"))),
                .li(.text(c.t("het aanvraagnummer \(file.reference);", "the application number \(file.reference);"))),
                .li(.text(c.t("waarom u het niet eens bent met het besluit;", "why you disagree with the decision;"))),
                .li(.text(c.t("uw handtekening, als u een brief stuurt.", "your signature, if you send a letter.")))),
            .p(.text(c.t("U kunt uw bezwaar ook als bericht op Plein sturen. Hulp nodig? Vraag het uw consulent of het wijkteam. Dat is gratis.",
                         "You can also send your objection as a message on Plein. Need help? Ask your case worker or the local team. It is free."))),
            .p(.text(c.t("Dit besluit is genomen op grond van de Participatiewet (artikel 11 en 43) en de Algemene wet bestuursrecht.",
                         "This decision is based on the Participatiewet (articles 11 and 43) and the Algemene wet bestuursrecht."))),
            .p(.text(c.t("Met vriendelijke groet,", "Kind regards,"))),
            .p(.text("\(decision.decidedByName), \(c.t("namens het college van burgemeester en wethouders", "on behalf of the college van burgemeester en wethouders"))")),
            .p(.class("no-print hint"), .text(c.t("Wilt u de brief op papier? Kies ‘Afdrukken’ in het menu van uw browser.",
                                                  "Want the letter on paper? Choose ‘Print’ in your browser's menu.")))
        ))
    }

    private func outcome() -> Node<HTML.BodyContext> {
        let c = context
        switch decision.kind {
        case .toekenning:
            let start = decision.startDate.flatMap(CivilDate.init(iso:))?.dutchNotation ?? ""
            let amount = decision.monthlyCents.map { Money(cents: $0).formatted } ?? ""
            return .p(.strong(.text(c.t("U krijgt bijstand vanaf \(start). U krijgt \(amount) per maand. Daarin zit ook het vakantiegeld.",
                                        "You receive bijstand from \(start). You receive \(amount) per month. This includes holiday pay."))))
        case .afwijzing:
            return .p(.strong(.text(c.t("U krijgt geen bijstand.", "You do not receive bijstand."))))
        case .buitenBehandeling:
            return .p(.strong(.text(c.t(
                "Wij behandelen uw aanvraag niet verder. U heeft niet op tijd gestuurd wat wij nodig hadden, ook niet nadat wij u daarvoor een termijn gaven (Algemene wet bestuursrecht, artikel 4:5). U kunt opnieuw bijstand aanvragen.",
                "We do not process your application any further. You did not send what we needed in time, not even after we gave you a deadline (Algemene wet bestuursrecht, article 4:5). You can apply for bijstand again."))))
        }
    }
}
