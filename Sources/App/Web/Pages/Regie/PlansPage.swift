import Foundation
import Plot
import PleinDomain

/// The professional's plans: those of their organisation and those with an action for it, and
/// a form to make a plan with a resident.
struct PlansPage {
    let context: PageContext
    let plans: [Plan]
    var templates: [PlanTemplate] = []
    var templateID = ""
    var bsn = ""
    var title = ""
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let heading = c.t("Plannen", "Plans")
        return Layout.render(c, title: heading, hasErrors: !errors.isEmpty, main: .group(
            UI.errorSummary(errors, c),
            .h1(.text(heading)),
            .p(.class("lead"), .text(c.t(
                "Eén huishouden, één plan, één regisseur. Hier staan de plannen van uw organisatie en de plannen waarin uw organisatie een actie heeft.",
                "One household, one plan, one regisseur. Here are your organisation's plans and the plans in which your organisation has an action."))),
            .if(plans.isEmpty, .p(.text(c.t("Nog geen plannen.", "No plans yet."))),
                else: .ul(.forEach(plans) { plan in
                    .li(.a(.href("/plannen/\(plan.id!.uuidString)"), .text(plan.title)),
                        .text(" — \(c.t("regisseur", "regisseur")) \(plan.regisseurName)"))
                })),
            .group(
                .h2(.text(c.t("Plan maken", "Make a plan"))),
                .p(.text(c.t("U wordt de regisseur van het plan.", "You become the plan's regisseur."))),
                .form(.method(.post), .action("/plannen"), .novalidate(),
                    UI.csrfField(c),
                    UI.textField(.init(name: "bsn", label: c.t("BSN van de inwoner", "Resident's BSN"), value: bsn, inputMode: "numeric",
                                       width: "width-10"), errors: errors, c),
                    UI.textField(.init(name: "titel", label: c.t("Titel", "Title"),
                                       hint: c.t("Bijvoorbeeld: Samen naar een stabiel inkomen.", "For example: Together towards a stable income."),
                                       value: title), errors: errors, c),
                    .if(!templates.isEmpty, UI.select(name: "sjabloon", label: c.t("Beginnen met een sjabloon", "Start from a template"),
                                                      options: [("", c.t("Leeg plan", "Empty plan"))] + templates.map { ($0.id!.uuidString, $0.name) },
                                                      selected: templateID, c)),
                    .button(.type(.submit), .class("button"), .text(c.t("Plan maken", "Make plan")))))
        ))
    }
}
