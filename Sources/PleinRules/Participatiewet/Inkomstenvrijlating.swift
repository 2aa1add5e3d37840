import PleinDomain

/// The part of one person's earnings that is not offset against bijstand, under the regime in
/// force on the peildatum (`VrijlatingsRegime`). The college's judgement that the work
/// "bijdraagt aan de arbeidsinschakeling" is assumed, as the law makes it the normal case.
public enum Inkomstenvrijlating {
    private static let pw = Wet.participatiewet

    public static func bereken<Trace: TraceRecorder>(
        _ persoon: BijstandsPersoon, alleenstaandeOuderMetKindOnder12: Bool,
        _ p: ParticipatiewetParameters, trace: inout Trace
    ) -> Money {
        let arbeid = persoon.arbeidsinkomen
        guard arbeid > .zero else { return .zero }
        switch p.vrijlatingsRegime {
        case .artikel31: return artikel31(persoon, alleenstaandeOuderMetKindOnder12, p, &trace)
        case .artikel34a: return artikel34a(persoon, p, &trace)
        }
    }

    private static func artikel31<Trace: TraceRecorder>(
        _ persoon: BijstandsPersoon, _ alleenstaandeOuderMetKindOnder12: Bool,
        _ p: ParticipatiewetParameters, _ trace: inout Trace
    ) -> Money {
        let arbeid = persoon.arbeidsinkomen
        // Art. 31 lid 5: sub n and r do not apply under 27; sub n has no time limit at AOW age.
        let nVanToepassing = persoon.aowLeeftijdBereikt
            || (persoon.leeftijd >= 27 && persoon.maandenGewerkt < 6)
        if nVanToepassing {
            return begrensd(arbeid, teller: 25, noemer: 100, maximum: .vrijlatingArbeidMaximum, p,
                            "Vrijlating 25% van inkomsten uit arbeid" + (persoon.aowLeeftijdBereikt
                                ? " (AOW-leeftijd, zonder termijn)" : " (maand \(persoon.maandenGewerkt + 1) van 6)"),
                            &trace)
        }
        if persoon.medischUrenbeperkt {
            return begrensd(arbeid, teller: 15, noemer: 100, maximum: .vrijlatingMedischUrenbeperktMaximum, p,
                            "Vrijlating 15% voor medisch urenbeperkten", &trace)
        }
        if alleenstaandeOuderMetKindOnder12 && persoon.leeftijd >= 27 && persoon.maandenGewerkt < 36 {
            return begrensd(arbeid, teller: 125, noemer: 1000, maximum: .vrijlatingAlleenstaandeOuderMaximum, p,
                            "Vrijlating 12,5% voor alleenstaande ouder met kind onder 12 "
                                + "(maand \(persoon.maandenGewerkt - 5) van 30)", &trace)
        }
        trace.step(persoon.leeftijd < 27 ? "Geen vrijlating: jonger dan 27 jaar"
                                         : "Geen vrijlating meer: de termijn is voorbij",
                   .bedrag(.zero), bron: pw.artikel("31", lid: persoon.leeftijd < 27 ? "5" : "2", onderdeel:
                                                      persoon.leeftijd < 27 ? nil : "n"))
        return .zero
    }

    private static func artikel34a<Trace: TraceRecorder>(
        _ persoon: BijstandsPersoon, _ p: ParticipatiewetParameters, _ trace: inout Trace
    ) -> Money {
        let arbeid = persoon.arbeidsinkomen
        if persoon.aowLeeftijdBereikt, let maximum = p.vrijlatingAOWMaximum34a {
            let vrij = min(arbeid.multiplied(by: 25, dividedBy: 100), maximum)
            trace.step("Niet verrekend: 25% van inkomsten uit arbeid, tot \(maximum.formatted) (AOW-leeftijd)",
                       .bedrag(vrij), bron: pw.artikel("34a", lid: "1", onderdeel: "c"))
            return vrij
        }
        if persoon.medischUrenbeperkt || persoon.maandenGewerkt < 12 {
            let vrij = arbeid.multiplied(by: 15, dividedBy: 100)
            trace.step(persoon.medischUrenbeperkt
                       ? "Niet verrekend: 15% van inkomsten uit arbeid (medisch urenbeperkt)"
                       : "Niet verrekend: 15% van inkomsten uit arbeid (maand \(persoon.maandenGewerkt + 1) van 12)",
                       .bedrag(vrij),
                       bron: pw.artikel("34a", lid: "1", onderdeel: persoon.medischUrenbeperkt ? "b" : "a"))
            return vrij
        }
        trace.step("Geen vrijlating meer: de periode van twaalf maanden is voorbij", .bedrag(.zero),
                   bron: pw.artikel("34a", lid: "1", onderdeel: "a"))
        return .zero
    }

    private static func begrensd<Trace: TraceRecorder>(
        _ arbeid: Money, teller: Int64, noemer: Int64, maximum: ParticipatiewetFiguur, _ p: ParticipatiewetParameters,
        _ omschrijving: @autoclosure () -> String, _ trace: inout Trace
    ) -> Money {
        let vrij = min(arbeid.multiplied(by: teller, dividedBy: noemer), p[maximum])
        trace.step(omschrijving() + ", maximaal \(p[maximum].formatted)", .bedrag(vrij), bron: p.bron(maximum))
        return vrij
    }
}
