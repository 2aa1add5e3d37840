import Foundation
import Plot
import PleinDomain

/// A household's plan: goals with their actions, who does what by when, and the conversation.
/// The regisseur's organisation writes it; the resident proposes actions, marks their own done
/// and comments; another organisation moves its own actions on.
struct PlanPage {
    let context: PageContext
    let view: PlanService.PlanView
    let assigneeOptions: [PlanService.AssigneeOption]
    var regisseurOptions: [PlanService.AssigneeOption] = []
    var input = PlanService.ActionInput()
    var goalText = ""
    var commentText = ""
    var notice: String? = nil
    var errors: [FieldError] = []

    private var base: String { "/plannen/\(view.plan.id!.uuidString)" }

    func render() -> String {
        let c = context
        let plan = view.plan
        let ungrouped = view.actions.filter { action in action.goalID == nil || !view.goals.contains { $0.id == action.goalID } }
        return Layout.render(c, title: plan.title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href(view.forResident ? "/mijn-plein#plan" : "/plannen"),
               .text(view.forResident ? c.t("Terug naar Mijn Plein", "Back to My Plein") : c.t("Alle plannen", "All plans"))),
            UI.errorSummary(errors, c),
            .unwrap(notice) { .div(.class("notice success"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .h1(.text(plan.title)),
            .dl(.class("details"),
                .dt(.text(view.forResident ? c.t("Uw vaste contactpersoon", "Your contact person") : c.t("Regisseur", "Regisseur"))),
                .dd(.text("\(plan.regisseurName), \(view.organisationName) — \(plan.regisseurContact)"))),
            .if(!view.whole, .div(.class("notice"), .p(.text(c.t(
                "U ziet alleen de acties van uw organisatie. De inwoner heeft geen toestemming gegeven om het hele plan met uw organisatie te delen.",
                "You only see your organisation's actions. The resident has not given consent to share the whole plan with your organisation."))))),
            .h2(.id("acties"), .text(c.t("Doelen en acties", "Goals and actions"))),
            .if(view.goals.isEmpty && view.actions.isEmpty, .p(.text(c.t("Er staat nog niets in het plan.", "The plan is still empty.")))),
            .forEach(view.goals) { goal in
                .group(.h3(.text(goal.text)), actionTable(view.actions.filter { $0.goalID == goal.id }, caption: goal.text))
            },
            .if(!ungrouped.isEmpty, .group(.h3(.text(c.t("Overige acties", "Other actions"))),
                                           actionTable(ungrouped, caption: c.t("Overige acties", "Other actions")))),
            .if(view.mayEdit, editorForms),
            .if(view.forResident, proposalForm),
            .if(view.whole, comments)
        ))
    }

    private func actionTable(_ actions: [PlanAction], caption: String) -> Node<HTML.BodyContext> {
        let c = context
        return .if(actions.isEmpty, .p(.text(c.t("Nog geen acties bij dit doel.", "No actions for this goal yet."))),
            else: .div(.class("table-wrapper"), .table(
                .caption(.class("visually-hidden"), .text(caption)),
                .thead(.tr(.th(.text(c.t("Actie", "Action"))), .th(.text(c.t("Wie", "Who"))), .th(.text(c.t("Uiterlijk", "By"))),
                           .th(.text(c.t("Status", "Status"))), .th(.span(.class("visually-hidden"), .text(c.t("Wijzigen", "Change")))))),
                .tbody(.forEach(actions) { action in
                    .tr(.td(.text(action.text)), .td(.text(action.assigneeName)),
                        .td(.text(action.deadline.flatMap { CivilDate(iso: $0)?.dutchNotation } ?? "—")),
                        .td(.span(.class("tag"), .text(action.status.label.text(in: c.language)))),
                        .td(statusButtons(action)))
                }))))
    }

    private func statusButtons(_ action: PlanAction) -> Node<HTML.BodyContext> {
        let c = context
        let statuses = view.allowedStatuses(for: action)
        return .if(!statuses.isEmpty, .form(.method(.post), .action("\(base)/acties/\(action.id!.uuidString)/status"), .class("inline-form"),
            UI.csrfField(c),
            .forEach(statuses) { status in
                .button(.type(.submit), .name("status"), .value(status.rawValue), .class("button secondary"),
                        .text(status.buttonLabel(from: action.status).text(in: c.language)),
                        .span(.class("visually-hidden"), .text(": \(action.text)")))
            }))
    }

    private var goalOptions: [(value: String, text: String)] {
        [("", context.t("Geen doel", "No goal"))] + view.goals.map { ($0.id!.uuidString, $0.text) }
    }

    private var editorForms: Node<HTML.BodyContext> {
        let c = context
        return .group(
            .h2(.text(c.t("Actie toevoegen", "Add an action"))),
            .form(.method(.post), .action("\(base)/acties"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "actie", label: c.t("Wat moet er gebeuren?", "What needs to happen?"), value: input.text), errors: errors, c),
                UI.select(name: "doelId", label: c.t("Bij welk doel?", "For which goal?"), options: goalOptions, selected: input.goalID, c),
                UI.select(name: "uitvoerder", label: c.t("Wie doet het?", "Who does it?"),
                          options: assigneeOptions.map { ($0.value, $0.label) }, selected: input.assignee, c),
                UI.textField(.init(name: "deadline", label: c.t("Uiterlijk", "By"), hint: c.t("Bijvoorbeeld 15-12-2026.", "For example 15-12-2026."),
                                   value: input.deadline, required: false, width: "width-10"), errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Actie toevoegen", "Add action")))),
            .h2(.text(c.t("Regisseur", "Regisseur"))),
            .form(.method(.post), .action("\(base)/regisseur"),
                UI.csrfField(c),
                UI.select(name: "regisseur", label: c.t("Wie coördineert het plan?", "Who coordinates the plan?"),
                          options: regisseurOptions.map { ($0.value, $0.label) }, selected: view.plan.regisseurID.uuidString, c),
                .button(.type(.submit), .class("button secondary"), .text(c.t("Regisseur wijzigen", "Change regisseur")))),
            .h2(.text(c.t("Doel toevoegen", "Add a goal"))),
            .form(.method(.post), .action("\(base)/doelen"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "doel", label: c.t("Doel", "Goal"),
                                   hint: c.t("Bijvoorbeeld: de huur elke maand op tijd betalen.", "For example: paying the rent on time every month."),
                                   value: goalText), errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Doel toevoegen", "Add goal"))))
        )
    }

    private var proposalForm: Node<HTML.BodyContext> {
        let c = context
        return .group(
            .h2(.text(c.t("Zelf een actie voorstellen", "Propose an action yourself"))),
            .p(.text(c.t("Wat wilt u zelf gaan doen? Uw vaste contactpersoon zet het in het plan.", "What do you want to do yourself? Your contact person puts it in the plan."))),
            .form(.method(.post), .action("\(base)/acties"), .novalidate(),
                UI.csrfField(c),
                UI.textField(.init(name: "actie", label: c.t("Wat wilt u doen?", "What do you want to do?"), value: input.text), errors: errors, c),
                UI.select(name: "doelId", label: c.t("Bij welk doel?", "For which goal?"), options: goalOptions, selected: input.goalID, c),
                UI.textField(.init(name: "deadline", label: c.t("Wanneer wilt u het af hebben?", "When do you want it done?"),
                                   hint: c.t("Bijvoorbeeld 15-12-2026.", "For example 15-12-2026."),
                                   value: input.deadline, required: false, width: "width-10"), errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Voorstellen", "Propose"))))
        )
    }

    private var comments: Node<HTML.BodyContext> {
        let c = context
        return .group(
            .h2(.id("reacties"), .text(c.t("Reacties", "Comments"))),
            .if(view.comments.isEmpty, .p(.text(c.t("Nog geen reacties.", "No comments yet."))),
                else: .ul(.class("timeline"), .forEach(view.comments) { comment in
                    .li(.p(.class("message-meta"), .strong(.text(comment.authorName)),
                           .text(" — " + (comment.postedAt.map { UI.dateTime($0, c) } ?? ""))),
                        .p(.class("message-text"), .text(comment.text)))
                })),
            .if(view.mayEdit || view.forResident, .form(.method(.post), .action("\(base)/reacties"), .novalidate(),
                UI.csrfField(c),
                UI.textArea(name: "reactie", label: c.t("Uw reactie", "Your comment"), value: commentText, rows: 3, errors: errors, c),
                .button(.type(.submit), .class("button"), .text(c.t("Plaatsen", "Post")))))
        )
    }
}
