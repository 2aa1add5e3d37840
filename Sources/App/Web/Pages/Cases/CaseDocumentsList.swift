import Foundation
import Plot

/// The requested documents with what was sent for each, and any other documents, each with a
/// download link. Shared by the application and the case page.
enum CaseDocumentsList {
    static func render(requested: [RequestedDocument], documents: [CaseDocumentRow], _ c: PageContext) -> Node<HTML.BodyContext> {
        let others = documents.filter { document in !requested.contains { $0.code == document.kind } }
        return .group(
            .ul(.class("document-list"), .forEach(requested) { request in
                let sent = documents.filter { $0.kind == request.code }
                return .li(
                    .strong(.text(request.name.text(in: c.language))),
                    .text(" — "),
                    .if(sent.isEmpty, .span(.class("tag tag-open"), .text(c.t("Nog niet gestuurd", "Not sent yet"))),
                        else: .span(.class("tag tag-done"), .text(c.t("Gestuurd", "Sent")))),
                    .p(.class("hint"), .text(request.hint.text(in: c.language))),
                    .if(!sent.isEmpty, .ul(.forEach(sent) { link($0, c) }))
                )
            }),
            .if(!others.isEmpty, .group(
                .h3(.text(c.t("Andere documenten", "Other documents"))),
                .ul(.forEach(others) { link($0, c) })
            ))
        )
    }

    static func link(_ document: CaseDocumentRow, _ c: PageContext) -> Node<HTML.ListContext> {
        .li(.a(.href("/documenten/\(document.id.uuidString)"), .text(document.fileName)),
            .text(" (\(max(1, document.size / 1024)) kB, \(UI.dateTime(document.uploadedAt, c)))"))
    }
}
