import PleinDomain
@testable import PleinRules
import Testing

/// The engine's parameter cache and the trace tree's in-place building must not change what a
/// calculation produces.
struct EngineCacheTests {
    @Test func cacheResolvesEachPeildatumOnce() throws {
        let cache = ParameterCache(capacity: 4)
        let eerste = try cache.parameters(for: .ymd(2026, 1, 1))
        #expect(try cache.parameters(for: .ymd(2026, 1, 1)) === eerste)
        let ander = try cache.parameters(for: .ymd(2026, 7, 1))
        #expect(ander !== eerste)
        #expect(ander.peildatum == .ymd(2026, 7, 1))
        #expect(cache.count == 2)
    }

    @Test func cacheRefusesAndDoesNotStoreAPeildatumOutsideThePeriod() {
        let cache = ParameterCache(capacity: 4)
        #expect(throws: RulesError.peildatumBuitenBereik(.ymd(2024, 12, 31), supported: SupportedPeriod.range)) {
            try cache.parameters(for: .ymd(2024, 12, 31))
        }
        #expect(cache.count == 0)
    }

    @Test func cacheStaysWithinItsCapacity() throws {
        let cache = ParameterCache(capacity: 2)
        for dag in 1...5 {
            let parameters = try cache.parameters(for: .ymd(2026, 3, dag))
            #expect(parameters.peildatum == .ymd(2026, 3, dag))
            #expect(cache.count <= 2)
        }
    }

    @Test func cachedEngineGivesTheSameBerekeningAsFreshParameters() throws {
        let peildatum = CivilDate.ymd(2026, 1, 1)
        let huishouden = Huishoudens.huishouden(peildatum, [
            Huishoudens.persoon(.aanvrager, leeftijd: 35, op: peildatum, netto: 900),
            Huishoudens.persoon(.kind, leeftijd: 4, op: peildatum),
        ])
        let engine = Engine()
        let vers = engine.bereken(huishouden, parameters: try ParameterSet(peildatum: peildatum), traced: true)
        #expect(try engine.bereken(huishouden) == vers)
        #expect(try engine.bereken(huishouden) == vers)
    }

    @Test func treeTraceNestsStepsUnderTheirBegin() {
        let bron = Wet.zorgtoeslag.artikel("2", lid: "2")
        var trace = TreeTrace()
        trace.step("Eerste", .aantal(1), bron: bron)
        trace.begin("Samengesteld", bron: bron)
        trace.step("Deel a", .bedrag(Money(cents: 100)), bron: bron)
        trace.begin("Deel b", bron: bron)
        trace.step("Deel b1", .janee(true), bron: bron)
        trace.end(.tekst("b"))
        trace.end(.bedrag(Money(cents: 300)))
        trace.step("Laatste", nil, bron: bron)
        #expect(schets(trace.stappen) == [
            "Eerste: 1",
            "Samengesteld: € 3,00",
            "  Deel a: € 1,00",
            "  Deel b: b",
            "    Deel b1: ja",
            "Laatste: -",
        ])
        #expect(alleStappen(trace.stappen).allSatisfy { $0.bron == bron })
    }

    @Test func eachOutcomeOfTheEngineHoldsExactlyItsOwnSchemesSteps() throws {
        let peildatum = CivilDate.ymd(2026, 7, 1)
        let huishouden = Huishouden(peildatum: peildatum, personen: [
            Persoon(rol: .aanvrager, geboortedatum: .ymd(1990, 3, 14), toetsingsinkomen: Money(cents: 21_000_00),
                    nettoInkomenPerMaand: Money(cents: 600_00)),
            Persoon(rol: .kind, geboortedatum: .ymd(2019, 6, 1)),
        ], vermogen: Money(cents: 2_500_00), woning: Woning(soort: .huur, kaleHuur: Money(cents: 720_00)))
        let berekening = try Engine().bereken(huishouden)
        for (scheme, uitkomst) in zip(SchemeRegistry.all, berekening.regelingen) {
            let alleen = try evalueer(scheme, huishouden)
            #expect(!uitkomst.trace.isEmpty, "\(scheme.code)")
            #expect(uitkomst.trace == alleen.trace, "\(scheme.code)")
            #expect(schets(uitkomst.trace) == schets(alleen.trace), "\(scheme.code)")
        }
    }

    /// The trace as indented lines "omschrijving: waarde".
    private func schets(_ stappen: TraceStappen, diepte: Int = 0) -> [String] {
        stappen.flatMap { stap in
            [String(repeating: "  ", count: diepte) + stap.omschrijving + ": " + (stap.waarde?.weergave ?? "-")]
                + schets(stap.stappen, diepte: diepte + 1)
        }
    }
}
