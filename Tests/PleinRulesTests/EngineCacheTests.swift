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
        #expect(trace.stappen == [
            TraceStap("Eerste", .aantal(1), bron: bron),
            TraceStap("Samengesteld", .bedrag(Money(cents: 300)), bron: bron, stappen: [
                TraceStap("Deel a", .bedrag(Money(cents: 100)), bron: bron),
                TraceStap("Deel b", .tekst("b"), bron: bron, stappen: [
                    TraceStap("Deel b1", .janee(true), bron: bron),
                ]),
            ]),
            TraceStap("Laatste", nil, bron: bron),
        ])
    }
}
