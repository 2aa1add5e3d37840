import Foundation
import Plot
import PleinDomain

/// Everything that happened in a case, newest first, with who did it.
enum CaseTimeline {
    static func render(_ events: [CaseEventRow], _ c: PageContext) -> Node<HTML.BodyContext> {
        .ol(.class("timeline"), .attribute(named: "reversed", value: "reversed"), .forEach(events.reversed()) { event in
            .li(.span(.class("timeline-date"), .text(UI.dateTime(event.at, c))), .text(" — "),
                .strong(.text(event.kind.label.text(in: c.language))),
                .unwrap(detail(event, c)) { .text(": \($0)") },
                .text(" (\(event.byName))"))
        })
    }

    private static func detail(_ event: CaseEventRow, _ c: PageContext) -> String? {
        guard let detail = event.detail else { return nil }
        switch event.kind {
        case .zoekperiodeGestart: return CivilDate(iso: detail).map { c.t("tot \($0.dutchNotation)", "until \($0.dutchNotation)") } ?? detail
        case .besluit: return Decision.Kind(rawValue: detail)?.label.text(in: c.language) ?? detail
        default: return detail
        }
    }
}
