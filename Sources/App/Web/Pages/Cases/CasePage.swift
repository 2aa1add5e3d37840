import Foundation
import Plot
import PleinDomain

/// One case. The resident follows their application here: status, what to do, documents,
/// messages, the decision. The professional works it here: the application, assignments to
/// give and review, documents, messages, the timeline and the way to the decision.
struct CasePage {
    struct Model {
        let file: CaseRecord
        let events: [CaseEventRow]
        let assignments: [AssignmentRow]
        let documents: [CaseDocumentRow]
        let messages: [CaseMessageRow]
        let templates: [AssignmentTemplateRow]
        let decision: DecisionRow?
        let maxUploadBytes: Int
    }

    let context: PageContext
    let model: Model
    var notice: String? = nil
    var errors: [FieldError] = []
    var typed: [String: String] = [:]

    private var forResident: Bool { context.user?.role == .inwoner }

    func render() -> String {
        let c = context
        let file = model.file
        let title = forResident ? c.t("Uw aanvraag bijstand", "Your bijstand application") : "\(file.residentName) — \(file.reference)"
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, scripts: ["berichten.js"], main: .group(
            .a(.class("back-link"), .href(forResident ? "/aanvraag" : "/werkvoorraad"),
               .text(forResident ? c.t("Terug naar uw aanvragen", "Back to your applications") : c.t("Terug naar de werkvoorraad", "Back to the work queue"))),
            UI.errorSummary(errors, c),
            .unwrap(notice) { .div(.class("notice success"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .h1(.text(title)),
            .p(.text(c.t("Aanvraagnummer: ", "Application number: ")), .strong(.text(file.reference))),
            forResident ? residentOverview() : professionalOverview(),
            .unwrap(model.decision) { decision in
                .div(.class("notice"), .p(.strong(.text(c.t("Besluit: ", "Decision: ") + decision.kind.label.text(in: c.language) + ". ")),
                    .a(.href("/zaken/\(file.id.uuidString)/besluit"), .text(c.t("Lees de besluitbrief", "Read the decision letter")))))
            },
            AssignmentsSection(context: c, file: file, assignments: model.assignments, documents: model.documents,
                               templates: model.templates, maxUploadBytes: model.maxUploadBytes, errors: errors, typed: typed,
                               forResident: forResident).render(),
            documentsSection(),
            MessagesSection(context: c, file: file, messages: model.messages, documents: model.documents,
                            maxUploadBytes: model.maxUploadBytes, errors: errors, typed: typed, forResident: forResident).render(),
            .section(.attribute(named: "aria-labelledby", value: "tijdlijn"),
                .h2(.id("tijdlijn"), .text(c.t("Wat is er gebeurd", "What happened"))),
                CaseTimeline.render(model.events, c))
        ))
    }

    private func residentOverview() -> Node<HTML.BodyContext> {
        let c = context
        return .section(.attribute(named: "aria-labelledby", value: "status"),
            .h2(.id("status"), .text(c.t("Hoe staat uw aanvraag ervoor?", "How is your application doing?"))),
            CaseStatusSteps.render(model.file, c),
            .if(model.file.status != .besloten, .p(.text(c.t(
                "Heeft u nog geen besluit en wel geld nodig? U krijgt binnen 4 weken na uw aanvraag een voorschot, als u de gevraagde gegevens heeft gestuurd (Participatiewet artikel 52). Vraag uw consulent ernaar via een bericht.",
                "No decision yet but you need money? Within 4 weeks after your application you get an advance, if you have sent the requested information (Participatiewet article 52). Ask your case worker in a message."))))
        )
    }

    private func professionalOverview() -> Node<HTML.BodyContext> {
        let c = context
        let file = model.file
        let id = file.id.uuidString
        let date: (String?) -> String = { $0.flatMap(CivilDate.init(iso:))?.dutchNotation ?? "—" }
        return .group(
            .dl(.class("details"),
                .dt(.text("BSN")), .dd(.text(BSN(file.bsn)?.grouped ?? file.bsn)),
                .dt(.text(c.t("Status", "Status"))), .dd(.text(file.status.label.text(in: c.language))),
                .dt(.text(c.t("Voortgang", "Progress"))), .dd(.text(CaseProgress(file, today: .today).label.text(in: c.language))),
                .dt(.text(c.t("Ontvangen", "Received"))), .dd(.text(file.submittedAt.map { UI.dateTime($0, c) } ?? "—")),
                .dt(.text(c.t("Zoekperiode tot", "Search period until"))), .dd(.text(date(file.searchPeriodEnd))),
                .dt(.text(c.t("Beslissen vóór", "Decide before"))), .dd(.text(date(file.decideBefore))),
                .dt(.text(c.t("Consulent", "Case worker"))), .dd(.text(file.caseWorkerName ?? c.t("nog niemand", "nobody yet")))
            ),
            .div(.class("button-group"),
                .if(file.caseWorkerID != context.user?.id && file.status != .besloten,
                    .form(.method(.post), .action("/zaken/\(id)/oppakken"), UI.csrfField(c),
                          .button(.type(.submit), .class("button secondary"), .text(c.t("Ik pak deze aanvraag op", "I take on this application"))))),
                .if(file.status == .inBehandeling, .a(.class("button"), .href("/zaken/\(id)/besluit"), .text(c.t("Besluit nemen", "Take decision"))))
            ),
            .if(file.status == .zoekperiode, .details(
                .summary(.text(c.t("Zoekperiode eerder beëindigen", "End the search period early"))),
                .form(.method(.post), .action("/zaken/\(id)/zoekperiode-beeindigen"), .novalidate(),
                    UI.csrfField(c),
                    .p(.class("hint"), .text(c.t(
                        "Kan als de omstandigheden van de inwoner dat nodig maken, of als de inwoner onder een uitzondering van artikel 41 lid 4 valt (Participatiewet art. 41 lid 11).",
                        "Possible when the resident's circumstances require it, or when an exception of article 41(4) applies (Participatiewet art. 41(11))."))),
                    UI.textArea(name: "reden", label: c.t("Reden", "Reason"), value: typed["reden"] ?? "", rows: 3, errors: errors, c),
                    .button(.type(.submit), .class("button secondary"), .text(c.t("Zoekperiode beëindigen", "End search period")))))),
            .section(.attribute(named: "aria-labelledby", value: "aanvraag"),
                .h2(.id("aanvraag"), .text(c.t("De aanvraag", "The application"))),
                ApplicationAnswersList.render(file.answers, changeLinks: false, c))
        )
    }

    private func documentsSection() -> Node<HTML.BodyContext> {
        let c = context
        let file = model.file
        return .section(.attribute(named: "aria-labelledby", value: "documenten"),
            .h2(.id("documenten"), .text(c.t("Documenten", "Documents"))),
            CaseDocumentsList.render(requested: RequestedDocument.requested(for: file.answers), documents: model.documents, c),
            .if(file.status != .besloten, .form(.method(.post), .action("/zaken/\(file.id.uuidString)/documenten"),
                                                .enctype(.multipartData), .novalidate(),
                UI.csrfField(c),
                UI.select(name: "soort", label: c.t("Wat voor document is het?", "What kind of document is it?"),
                          options: RequestedDocument.requested(for: file.answers).map { ($0.code, $0.name.text(in: c.language)) }
                            + [("overig", c.t("Iets anders", "Something else"))], c),
                UI.fileField(name: "document", label: c.t("Bestand", "File"), maxUploadBytes: model.maxUploadBytes, errors: errors, c),
                .button(.type(.submit), .class("button secondary"), .text(c.t("Document toevoegen", "Add document")))))
        )
    }
}
