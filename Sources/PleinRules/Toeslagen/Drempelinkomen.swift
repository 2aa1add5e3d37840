import PleinDomain

/// The drempelinkomen of the zorgtoeslag and the kindgebonden budget: "108% van het twaalfvoud
/// van het voor de maand januari van het berekeningsjaar geldende" WML amount per month. Both
/// laws define it in the same words, each in its own article.
public struct Drempelinkomen: Sendable {
    /// The WML amount per month on 1 January of the berekeningsjaar.
    public let minimumloonJanuari: Dated<Money>
    /// 12,96 × that amount, in cents rounded half up: the statute prescribes no rounding,
    /// Dienst Toeslagen publishes it rounded to the euro (€ 28.406 for 2025, € 29.735 for
    /// 2026), which never moves a published monthly toeslag.
    public let bedrag: Dated<Money>

    init(peildatum: CivilDate, bron: LegalReference) throws(RulesError) {
        minimumloonJanuari = try MinimumloonTabellen.maandbedrag.entry(on: peildatum.eersteJanuari)
        bedrag = Dated(vanaf: peildatum.eersteJanuari,
                       minimumloonJanuari.value.multiplied(by: 1296, dividedBy: 100), bron: bron)
    }

    /// Records how the drempelinkomen follows from the minimum wage.
    func registreer<Trace: TraceRecorder>(in trace: inout Trace) {
        trace.begin("Drempelinkomen: 108% van 12 keer het minimumloon per maand in januari",
                    bron: bedrag.bron)
        trace.step("Minimumloon per maand op 1 januari", .bedrag(minimumloonJanuari.value),
                   bron: minimumloonJanuari.bron)
        trace.end(.bedrag(bedrag.value))
    }
}
