import Foundation
import Plot

/// The resident asks for help; the page says which team of their wijk will get the question.
struct HelpRequestPage {
    let context: PageContext
    let destination: HelpRequestService.Destination
    var input = HelpRequestService.Input()
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = c.t("Hulp vragen", "Ask for help")
        let whereTo = destination.area.map { c.t("Uw vraag gaat naar \(destination.organisationName). Zij helpen mensen in uw wijk \($0.name).",
                                                 "Your question goes to \(destination.organisationName). They help people in your area \($0.name).") }
            ?? c.t("Uw vraag gaat naar \(destination.organisationName).", "Your question goes to \(destination.organisationName).")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/mijn-plein"), .text(c.t("Terug naar Mijn Plein", "Back to My Plein"))),
            UI.errorSummary(errors, c),
            .h1(.text(title)),
            .p(.class("lead"), .text(c.t("Gaat iets thuis niet meer goed? Vertel het ons. Dan maakt iemand een afspraak met u voor een gesprek.",
                                         "Is something at home no longer going well? Tell us. Then someone makes an appointment with you for a talk."))),
            .p(.text(whereTo)),
            .form(.method(.post), .action("/hulp-vragen"), .novalidate(),
                UI.csrfField(c),
                UI.select(name: "thema", label: c.t("Waar wilt u hulp bij?", "What do you want help with?"),
                          options: HelpRequest.Theme.allCases.map { ($0.rawValue, $0.label.text(in: c.language)) }, selected: input.theme, c),
                UI.textArea(name: "vraag", label: c.t("Wat gaat er moeilijk?", "What is difficult?"),
                            hint: c.t("Bijvoorbeeld: ik kan door mijn rug niet meer stofzuigen.", "For example: because of my back I can no longer vacuum."),
                            value: input.question, rows: 4, errors: errors, c),
                UI.textField(.init(name: "contact", label: c.t("Telefoon of e-mail", "Phone or e-mail"),
                                   hint: c.t("Zo kan het team u bellen of mailen voor de afspraak.", "So the team can call or e-mail you for the appointment."),
                                   value: input.contact, autocomplete: "tel", width: "width-20"), errors: errors, c),
                .p(.text(c.t("Wij sturen uw vraag, uw naam en hoe u bereikbaar bent naar het team. Meer niet.",
                             "We send your question, your name and how to reach you to the team. Nothing else."))),
                .button(.type(.submit), .class("button"), .text(c.t("Vraag versturen", "Send question"))))
        ))
    }
}
