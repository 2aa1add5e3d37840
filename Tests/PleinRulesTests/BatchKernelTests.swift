import PleinDomain
@testable import PleinRules
import Testing

@Suite("Batch kernel")
struct BatchKernelTests {
    @Test("the kernel's columns start with the registry's schemes, in its order")
    func nationaleRegelingen() throws {
        #expect(BatchKernel.nationaleRegelingen == SchemeRegistry.all.map(\.code))
        let kernel = BatchKernel(parameters: try ParameterSet(peildatum: .ymd(2026, 7, 1)))
        #expect(Array(kernel.regelingen.prefix(BatchKernel.nationaleRegelingen.count)) == BatchKernel.nationaleRegelingen)
        #expect(kernel.regelingen.dropFirst(BatchKernel.nationaleRegelingen.count) == ["stadspas", "kindpakket"])
    }

    @Test("gives exactly the engine's right and monthly amount for every scheme", arguments: ProefHuishoudens.peildata)
    func gelijkAanEngine(peildatum: CivilDate) throws {
        let parameters = try ParameterSet(peildatum: peildatum)
        let kernel = BatchKernel(parameters: parameters)
        var generator = SplitMix64(seed: UInt64(PackedDate.pack(peildatum)))
        var invoer = HuishoudenKolommen()
        var huishoudens: [Huishouden] = []
        for _ in 0..<4_000 {
            let gemeente = generator.kans(0.6) ? "voorbeeld" : nil
            let huishouden = ProefHuishoudens.huishouden(op: peildatum, gemeente: gemeente, &generator)
            huishoudens.append(huishouden)
            invoer.append(huishouden, gemeente: gemeente.flatMap(kernel.gemeenteIndex) ?? 0)
        }
        var uitvoer = UitkomstKolommen()
        kernel.bereken(invoer, into: &uitvoer)

        var verschillen = 0
        for (i, huishouden) in huishoudens.enumerated() {
            let berekening = Engine().bereken(huishouden, parameters: parameters, traced: false)
            var verwacht = kernel.regelingen.map { _ in KernelUitkomst(recht: .nietVanToepassing, perMaand: .zero) }
            for uitkomst in berekening.regelingen {
                let kolom = try #require(kernel.regelingen.firstIndex(of: uitkomst.code))
                verwacht[kolom] = KernelUitkomst(recht: BatchRecht(uitkomst.recht), perMaand: uitkomst.bedragPerMaand)
            }
            let gekregen = kernel.regelingen.indices.map {
                KernelUitkomst(recht: uitvoer.recht(regeling: $0, huishouden: i),
                               perMaand: uitvoer.perMaand(regeling: $0, huishouden: i))
            }
            if gekregen != verwacht && verschillen < 5 {
                verschillen += 1
                let kolommen = kernel.regelingen.indices.filter { gekregen[$0] != verwacht[$0] }
                Issue.record("""
                    \(kolommen.map { kernel.regelingen[$0] }): kernel \(kolommen.map { gekregen[$0] }), \
                    engine \(kolommen.map { verwacht[$0] }) for \(huishouden)
                    """)
            }
        }
        #expect(verschillen == 0)
    }

    @Test("the columns give back the household they were filled with")
    func kolommenTerug() throws {
        var generator = SplitMix64(seed: 7)
        let peildatum = CivilDate.ymd(2026, 7, 1)
        var invoer = HuishoudenKolommen()
        var huishoudens: [Huishouden] = []
        for _ in 0..<200 {
            let huishouden = ProefHuishoudens.huishouden(op: peildatum, gemeente: "voorbeeld", &generator)
            huishoudens.append(huishouden)
            invoer.append(huishouden, gemeente: 1)
        }
        let engine = Engine()
        for (i, huishouden) in huishoudens.enumerated() {
            let terug = invoer.huishouden(i, peildatum: peildatum, gemeente: "voorbeeld")
            #expect(try engine.bereken(terug) == engine.bereken(huishouden))
        }
    }

    @Test("the AOW-age boundary is the engine's for every birth date", arguments: ProefHuishoudens.peildata)
    func aowGrens(peildatum: CivilDate) {
        let grens = BatchKernel.aowGrens(op: peildatum)
        var datum = CivilDate.ymd(1900, 1, 1)
        var afwijkingen: [CivilDate] = []
        while datum <= peildatum {
            if (PackedDate.pack(datum) <= grens) != PensioengerechtigdeLeeftijd.bereikt(geboortedatum: datum, op: peildatum) {
                afwijkingen.append(datum)
            }
            datum = datum.adding(days: 1)
        }
        #expect(afwijkingen.isEmpty)
    }

    @Test("packed dates give CivilDate's age and month number")
    func packedDate() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<10_000 {
            let a = CivilDate(daysSinceEpoch: Int.random(in: -30_000...21_000, using: &generator))
            let b = CivilDate(daysSinceEpoch: Int.random(in: -30_000...21_000, using: &generator))
            #expect(PackedDate.leeftijd(PackedDate.pack(a), op: PackedDate.pack(b)) == a.age(on: b))
            #expect(PackedDate.maandnummer(PackedDate.pack(a)) == a.maandnummer)
            #expect(PackedDate.unpack(PackedDate.pack(a)) == a)
        }
    }
}
