import Benchmark
import PleinDomain
import PleinRules
import PleinScreening

/// Issue 5 §5. `plein screen` end to end is measured on the release binary by
/// screen-end-to-end.sh (hyperfine), not here.
let benchmarks: @Sendable () -> Void = {
    let peildatum = CivilDate(iso: "2026-07-01")!

    // A household that reaches every scheme: a single parent with two children (one in
    // childcare) and some work, renting, in the demo municipality.
    let huishouden = Huishouden(
        peildatum: peildatum,
        personen: [
            Persoon(rol: .aanvrager, geboortedatum: CivilDate(iso: "1990-03-14")!,
                    toetsingsinkomen: Money(cents: 21_000_00), nettoInkomenPerMaand: Money(cents: 600_00),
                    nettoArbeidsinkomenPerMaand: Money(cents: 600_00), werktSinds: CivilDate(iso: "2026-03-01")!),
            Persoon(rol: .kind, geboortedatum: CivilDate(iso: "2019-06-01")!,
                    kinderopvang: Kinderopvang(soort: .buitenschoolseOpvang, urenPerMaand: 40, uurprijs: Money(cents: 9_50))),
            Persoon(rol: .kind, geboortedatum: CivilDate(iso: "2012-09-20")!),
        ],
        vermogen: Money(cents: 2_500_00), woning: Woning(soort: .huur, kaleHuur: Money(cents: 720_00)),
        gemeente: "voorbeeld", maandenLaagInkomen: 40, gemeentelijkeBelastingenPerJaar: Money(cents: 850_00))

    Benchmark("one household, all schemes, with trace",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal, .throughput],
                                   maxDuration: .seconds(5), maxIterations: 50_000)) { benchmark in
        let engine = Engine()
        for _ in benchmark.scaledIterations {
            blackHole(try engine.bereken(huishouden))
        }
    }

    // The kernel and the generated population of `aantal` households it screens.
    func populatie(_ aantal: Int) throws -> (BatchKernel, HuishoudenKolommen) {
        let kernel = BatchKernel(parameters: try ParameterSet(peildatum: peildatum))
        let generator = PopulatieGenerator(seed: 1, peildatum: peildatum, gemeente: kernel.gemeenteIndex("voorbeeld")!)
        var invoer = HuishoudenKolommen(capacity: aantal)
        generator.genereer(0..<aantal, into: &invoer)
        return (kernel, invoer)
    }

    // The reported time is per household (scaling factor: a million households per run).
    Benchmark("batch kernel, all schemes, 1,000,000 households",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal],
                                   scalingFactor: .mega, maxDuration: .seconds(20), maxIterations: 25)) { benchmark in
        let (kernel, invoer) = try populatie(benchmark.scaledIterations.count)
        var uitvoer = UitkomstKolommen()
        kernel.bereken(invoer, into: &uitvoer)
        benchmark.startMeasurement()
        kernel.bereken(invoer, into: &uitvoer)
        benchmark.stopMeasurement()
        blackHole(uitvoer)
    }

    // The same households and output layout with the rules left out: the floor under the
    // kernel's figure on this machine (RESULTS.md, "Why the batch kernel target is missed").
    Benchmark("batch kernel data movement only, 1,000,000 households",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal],
                                   scalingFactor: .mega, maxDuration: .seconds(20), maxIterations: 25)) { benchmark in
        let (kernel, invoer) = try populatie(benchmark.scaledIterations.count)
        var floor = DataMovementFloor()
        floor.beweeg(invoer, regelingen: kernel.regelingen.count)
        benchmark.startMeasurement()
        floor.beweeg(invoer, regelingen: kernel.regelingen.count)
        benchmark.stopMeasurement()
        blackHole(floor)
    }
}
