import Foundation
import Plot
import PleinDomain

/// Where the application is, as numbered steps with dates: received, search period (under
/// 27 only), being processed, decision. Plain words, so nobody has to call to ask.
enum CaseStatusSteps {
    static func render(_ file: CaseRecord, _ c: PageContext) -> Node<HTML.BodyContext> {
        let order: [CaseFile.Status] = [.zoekperiode, .inBehandeling, .besloten]
        // A decided case has every step behind it.
        let position = file.status == .besloten ? order.count : order.firstIndex(of: file.status) ?? -1
        func state(_ index: Int) -> (String, String) {
            index < position ? ("done", c.t("klaar", "done"))
                : index == position ? ("current", c.t("nu", "now")) : ("todo", c.t("nog niet", "not yet"))
        }
        let searchEnd = file.searchPeriodEnd.flatMap(CivilDate.init(iso:))
        let decideBefore = file.decideBefore.flatMap(CivilDate.init(iso:))
        return .ol(.class("steps"),
            .li(.class("step done"), .strong(.text(c.t("Aanvraag ontvangen", "Application received"))),
                .span(.class("visually-hidden"), .text(" (\(c.t("klaar", "done")))")),
                .unwrap(file.submittedAt) { .p(.text(UI.dateTime($0, c))) }),
            .if(searchEnd != nil, .li(.class("step \(state(0).0)"),
                .strong(.text(c.t("Zoekperiode", "Search period"))),
                .span(.class("visually-hidden"), .text(" (\(state(0).1))")),
                .unwrap(searchEnd) { .p(.text(c.t("U zoekt 4 weken naar werk of een opleiding, tot \($0.dutchNotation).",
                                                  "You look for work or education for 4 weeks, until \($0.dutchNotation)."))) })),
            .li(.class("step \(state(1).0)"),
                .strong(.text(c.t("In behandeling", "Being processed"))),
                .span(.class("visually-hidden"), .text(" (\(state(1).1))")),
                .p(.text(c.t("Wij bekijken uw aanvraag en uw documenten.", "We look at your application and your documents.")))),
            .li(.class("step \(state(2).0)"),
                .strong(.text(c.t("Besluit", "Decision"))),
                .span(.class("visually-hidden"), .text(" (\(state(2).1))")),
                .if(file.status == .besloten,
                    .p(.text(c.t("Er is een besluit genomen.", "A decision has been taken."))),
                    else: .unwrap(decideBefore) { date in
                        .p(.text(c.t("U hoort uiterlijk \(date.dutchNotation) van ons.",
                                     "You will hear from us by \(date.dutchNotation) at the latest.")))
                    }))
        )
    }
}
