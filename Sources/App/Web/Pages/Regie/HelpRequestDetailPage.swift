import Foundation
import Plot
import PleinDomain

/// One help request for the team: the question, how to reach the resident, and the intake.
struct HelpRequestDetailPage {
    let context: PageContext
    let request: HelpRequest
    var input = HelpRequestService.IntakeInput()
    var notice: String? = nil
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let base = "/hulpvragen/\(request.id!.uuidString)"
        let title = "\(request.residentName) — \(request.theme.label.text(in: c.language))"
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/hulpvragen"), .text(c.t("Alle hulpvragen", "All help requests"))),
            UI.errorSummary(errors, c),
            .unwrap(notice) { .div(.class("notice success"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .h1(.text(title)),
            .p(.span(.class("tag"), .text(request.status.label.text(in: c.language)))),
            .dl(.class("details"),
                .dt(.text(c.t("Vraag", "Question"))), .dd(.text(request.question)),
                .dt(.text(c.t("Bereikbaar via", "Reachable at"))), .dd(.text(request.contact)),
                .dt(.text(c.t("Ontvangen", "Received"))), .dd(.text(request.createdAt.map { UI.dateTime($0, c) } ?? "")),
                .unwrap(request.intakeAt) { at in
                    .group(.dt(.text(c.t("Gesprek", "Meeting"))),
                           .dd(.text("\(CivilDate(iso: at.prefix(10))?.dutchNotation ?? "") \(at.suffix(5)), \(request.intakePlace ?? "")")))
                }),
            .if(request.status != .afgerond, .group(
                .h2(.text(c.t("Gesprek plannen", "Plan a meeting"))),
                .form(.method(.post), .action("\(base)/intake"), .novalidate(),
                    UI.csrfField(c),
                    UI.textField(.init(name: "datum", label: c.t("Datum", "Date"), hint: c.t("Bijvoorbeeld 1-12-2026.", "For example 1-12-2026."),
                                       value: input.date, width: "width-10"), errors: errors, c),
                    UI.textField(.init(name: "tijd", label: c.t("Tijd", "Time"), hint: c.t("Bijvoorbeeld 10:30.", "For example 10:30."),
                                       value: input.time, width: "width-5"), errors: errors, c),
                    UI.textField(.init(name: "plaats", label: c.t("Waar", "Where"), hint: c.t("Bijvoorbeeld: bij de inwoner thuis.", "For example: at the resident's home."),
                                       value: input.place, width: "width-20"), errors: errors, c),
                    .button(.type(.submit), .class("button"), .text(c.t("Gesprek plannen", "Plan meeting")))),
                .form(.method(.post), .action("\(base)/afronden"),
                    UI.csrfField(c),
                    .button(.type(.submit), .class("button secondary"), .text(c.t("Hulpvraag afronden", "Close help request"))))))
        ))
    }
}
