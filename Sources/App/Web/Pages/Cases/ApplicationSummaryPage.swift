import Foundation
import Plot

/// The last step before sending: every answer with a link to change it, the documents, and the
/// declaration that everything is true (the duty to inform, Participatiewet art. 17).
struct ApplicationSummaryPage {
    let context: PageContext
    let file: CaseFile
    let documents: [CaseDocumentRow]
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let title = c.t("Controleer uw aanvraag", "Check your application")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href("/aanvraag/documenten"), .text(c.t("Terug", "Back"))),
            UI.errorSummary(errors, c),
            .h1(.text(title)),
            .p(.text(c.t("Kijk of alles klopt. Klopt iets niet? Kies dan ‘Wijzig’.", "Check that everything is right. Is something wrong? Choose ‘Change’."))),
            ApplicationAnswersList.render(file.answers, changeLinks: true, c),
            .h2(.text(c.t("Documenten", "Documents"))),
            CaseDocumentsList.render(requested: RequestedDocument.requested(for: file.answers), documents: documents, c),
            .p(.a(.href("/aanvraag/documenten"), .text(c.t("Documenten toevoegen", "Add documents")))),
            .h2(.text(c.t("Versturen", "Send"))),
            .form(.method(.post), .action("/aanvraag/indienen"), .novalidate(),
                UI.csrfField(c),
                .div(.class(errors.isEmpty ? "field" : "field field-error"),
                    .unwrap(errors.first { $0.field == "verklaring" }) {
                        .p(.id("veld-verklaring-fout"), .class("error-message"),
                           .span(.class("visually-hidden"), .text(c.t("Fout: ", "Error: "))), .text($0.message.text(in: c.language)))
                    },
                    .div(.class("checkbox"),
                        .input(.type(.checkbox), .id("veld-verklaring"), .name("verklaring"), .value("ja"),
                               .attribute(named: "aria-describedby", value: errors.isEmpty ? nil : "veld-verklaring-fout")),
                        .label(.for("veld-verklaring"), .text(c.t(
                            "Ik heb alle vragen eerlijk en volledig beantwoord. Ik weet dat ik veranderingen in mijn situatie moet doorgeven.",
                            "I have answered all questions honestly and completely. I know that I must report changes in my situation."))))),
                .button(.type(.submit), .class("button"), .text(c.t("Aanvraag versturen", "Send application")))
            )
        ))
    }
}
