import Foundation
import Plot
import PleinDomain

/// A case's assignments. The resident sees instructions, deadline, feedback and a form to hand
/// in proof; the professional sees the proof with a form to accept it or ask for more, and a
/// form to give another assignment.
struct AssignmentsSection {
    let context: PageContext
    let file: CaseRecord
    let assignments: [AssignmentRow]
    let documents: [CaseDocumentRow]
    let templates: [AssignmentTemplateRow]
    let maxUploadBytes: Int
    let errors: [FieldError]
    let typed: [String: String]
    let forResident: Bool

    func render() -> Node<HTML.BodyContext> {
        let c = context
        return .section(.attribute(named: "aria-labelledby", value: "opdrachten"),
            .h2(.id("opdrachten"), .text(forResident ? c.t("Uw opdrachten", "Your assignments") : c.t("Opdrachten", "Assignments"))),
            .if(assignments.isEmpty, .p(.text(c.t("Er zijn (nog) geen opdrachten.", "There are no assignments (yet).")))),
            .ul(.class("assignments"), .forEach(assignments) { item($0) }),
            .if(!forResident && file.status != .besloten && !templates.isEmpty, .form(
                .method(.post), .action("/zaken/\(file.id.uuidString)/opdrachten"),
                UI.csrfField(c),
                UI.select(name: "sjabloon", label: c.t("Opdracht geven", "Give an assignment"),
                          options: templates.map { ($0.id.uuidString, "\($0.title) (\($0.daysToComplete) \(c.t("dagen", "days")))") }, c),
                .button(.type(.submit), .class("button secondary"), .text(c.t("Opdracht geven", "Give assignment")))
            ))
        )
    }

    private func item(_ assignment: AssignmentRow) -> Node<HTML.ListContext> {
        let c = context
        let id = assignment.id.uuidString
        let deadline = CivilDate(iso: assignment.deadline)
        let document = assignment.documentID.flatMap { documentID in documents.first { $0.id == documentID } }
        return .li(.class("assignment"), .attribute(named: "id", value: "opdracht-\(id)"),
            .h3(.text(assignment.title)),
            .p(.span(.class("tag tag-\(assignment.status.rawValue)"), .text(assignment.status.label.text(in: c.language))),
               .unwrap(deadline) { .text(c.t(" · Klaar vóór \($0.dutchNotation)", " · Due by \($0.dutchNotation)")) }),
            .p(.text(assignment.instructions)),
            .p(.class("hint"), .text(c.t("Bewijs: ", "Proof: ") + assignment.proof.label.text(in: c.language))),
            .unwrap(assignment.answer) { answer in
                assignment.proof == .link
                    ? .p(.text(c.t("Ingeleverd: ", "Handed in: ")), .a(.href(answer), .attribute(named: "rel", value: "noopener noreferrer nofollow"), .text(answer)))
                    : .p(.text(c.t("Ingeleverd: ", "Handed in: ") + answer))
            },
            .unwrap(document) { .ul(CaseDocumentsList.link($0, c)) },
            .unwrap(assignment.feedback) { .div(.class("notice"), .p(.strong(.text(c.t("Reactie van uw consulent: ", "Feedback: "))), .text($0))) },
            .if(forResident && assignment.isOpen && file.status != .besloten, handInForm(assignment)),
            .if(!forResident && assignment.status == .ingeleverd, reviewForm(assignment))
        )
    }

    private func handInForm(_ assignment: AssignmentRow) -> Node<HTML.BodyContext> {
        let c = context
        let id = assignment.id.uuidString
        return .form(.method(.post), .action("/zaken/\(file.id.uuidString)/opdrachten/\(id)/inleveren"),
                     .enctype(.multipartData), .novalidate(),
            UI.csrfField(c),
            assignment.proof == .upload
                ? UI.fileField(name: "bestand", label: c.t("Bestand met uw bewijs", "File with your proof"),
                               maxUploadBytes: maxUploadBytes, errors: errors, c)
                : assignment.proof == .link
                    ? UI.textField(.init(name: "antwoord", label: c.t("Link", "Link"), hint: c.t("Bijvoorbeeld https://www.linkedin.com/in/uw-naam", "For example https://www.linkedin.com/in/your-name"),
                                         value: typed["antwoord"] ?? "", type: .url, autocomplete: "url"), errors: errors, c)
                    : UI.textArea(name: "antwoord", label: c.t("Wat heeft u gedaan?", "What have you done?"),
                                  value: typed["antwoord"] ?? "", errors: errors, c),
            .button(.type(.submit), .class("button"), .text(c.t("Inleveren", "Hand in")),
                    .span(.class("visually-hidden"), .text(": \(assignment.title)")))
        )
    }

    private func reviewForm(_ assignment: AssignmentRow) -> Node<HTML.BodyContext> {
        let c = context
        let id = assignment.id.uuidString
        return .form(.method(.post), .action("/zaken/\(file.id.uuidString)/opdrachten/\(id)/beoordelen"), .novalidate(),
            UI.csrfField(c),
            UI.textArea(name: "reactie-\(id)", label: c.t("Reactie aan de inwoner", "Feedback to the resident"),
                        hint: c.t("Nodig als u om aanvulling vraagt.", "Needed when you ask for more."),
                        value: typed["reactie-\(id)"] ?? "", rows: 3, errors: errors, c),
            .div(.class("button-group"),
                .button(.type(.submit), .name("besluit"), .value("akkoord"), .class("button"), .text(c.t("Goedkeuren", "Accept"))),
                .button(.type(.submit), .name("besluit"), .value("aanvullen"), .class("button secondary"), .text(c.t("Vraag om aanvulling", "Ask for more"))))
        )
    }
}
