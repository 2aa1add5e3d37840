import Foundation
import Plot

/// The documents step of the application: which documents are asked for, which are already
/// sent, and a form to add one. Sending them later is allowed.
struct ApplicationDocumentsPage {
    let context: PageContext
    let file: CaseFile
    let documents: [CaseDocumentRow]
    let backLink: String
    let maxUploadBytes: Int
    var added = false
    var errors: [FieldError] = []

    func render() -> String {
        let c = context
        let requested = RequestedDocument.requested(for: file.answers)
        let title = c.t("Documenten meesturen", "Send documents")
        return Layout.render(c, title: title, hasErrors: !errors.isEmpty, main: .group(
            .a(.class("back-link"), .href(backLink), .text(c.t("Terug", "Back"))),
            UI.errorSummary(errors, c),
            .if(added, .div(.class("notice success"), .attribute(named: "role", value: "status"),
                            .p(.text(c.t("Het document is toegevoegd.", "The document has been added."))))),
            .h1(.text(title)),
            .p(.text(c.t("Wij hebben deze documenten nodig. Heeft u ze nu niet? Dan kunt u ze later sturen. Uw aanvraag gaat dan wel langzamer.",
                         "We need these documents. Do you not have them now? Then you can send them later. Your application will take longer."))),
            CaseDocumentsList.render(requested: requested, documents: documents, c),
            .form(.method(.post), .action("/aanvraag/documenten"), .enctype(.multipartData), .novalidate(),
                UI.csrfField(c),
                UI.select(name: "soort", label: c.t("Wat voor document is het?", "What kind of document is it?"),
                          options: requested.map { ($0.code, $0.name.text(in: c.language)) } + [("overig", c.t("Iets anders", "Something else"))], c),
                UI.fileField(name: "bestand", label: c.t("Bestand", "File"), maxUploadBytes: maxUploadBytes, errors: errors, c),
                .button(.type(.submit), .class("button secondary"), .text(c.t("Document toevoegen", "Add document")))
            ),
            .p(.a(.class("button"), .href("/aanvraag/overzicht"), .text(c.t("Verder naar het overzicht", "Continue to the summary"))))
        ))
    }
}
