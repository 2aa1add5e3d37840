import Benchmark
import PleinDomain
import PleinRules
import PleinScreening

let benchmarks: @Sendable () -> Void = {
    let peildatum = CivilDate(year: 2026, month: 7, day: 1)!

    Benchmark("batch kernel, all schemes, 1,000,000 households",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal],
                                   scalingFactor: .mega, maxDuration: .seconds(10), maxIterations: 30)) { benchmark in
        let kernel = BatchKernel(parameters: try ParameterSet(peildatum: peildatum))
        let generator = PopulatieGenerator(seed: 1, peildatum: peildatum, gemeente: kernel.gemeenteIndex("voorbeeld")!)
        var invoer = HuishoudenKolommen(capacity: benchmark.scaledIterations.count)
        generator.genereer(0..<benchmark.scaledIterations.count, into: &invoer)
        var uitvoer = UitkomstKolommen()
        kernel.bereken(invoer, into: &uitvoer)
        benchmark.startMeasurement()
        kernel.bereken(invoer, into: &uitvoer)
        benchmark.stopMeasurement()
        blackHole(uitvoer)
    }
}
