import Plot
import PleinDomain
import PleinRules

/// A computation's trace as nested lists: each step, its value, and the article it rests on
/// with a link to the text in force on the peildatum.
enum TraceList {
    static func render<Context: HTML.BodyContext>(_ steps: TraceStappen, peildatum: CivilDate) -> Node<Context> {
        .ul(.class("trace"), .forEach(steps) { item($0, peildatum) })
    }

    private static func item(_ step: TraceStap, _ peildatum: CivilDate) -> Node<HTML.ListContext> {
        .li(.span(.text(step.omschrijving)),
            .unwrap(step.waarde) { .strong(.text(": " + $0.weergave)) },
            .text(" — "),
            .unwrap(step.bron.url(on: peildatum), { .a(.href($0), .text(step.bron.label)) }, else: .text(step.bron.label)),
            .if(!step.stappen.isEmpty, .ul(.forEach(step.stappen) { item($0, peildatum) })))
    }
}
