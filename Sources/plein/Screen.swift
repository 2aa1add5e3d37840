import ArgumentParser
import Foundation
import PleinDomain
import PleinRules
import PleinScreening

/// `plein screen`: evaluates a households.csv on every scheme into results.csv, or writes a
/// synthetic population as households.csv (formats: docs/screening.md). Bad input: the
/// problem on stderr, exit code 2.
struct Screen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bereken voor een bestand met huishoudens op welke regelingen zij recht hebben, "
            + "of maak een synthetisch bestand met huishoudens.",
        discussion: """
            plein screen --input households.csv --peildatum 2026-07-01 --output results.csv [--bij-fout overslaan|stoppen]
            plein screen --generate 1000000 --output households.csv [--seed 1] [--peildatum 2026-07-01]
            De CSV-formaten staan in docs/screening.md.
            """)

    // Every option is optional for ArgumentParser, so that bad input is reported here, with
    // exit code 2, rather than as a usage error.
    @Option(name: .customLong("input"), help: "households.csv om te screenen.")
    var invoer: String?

    @Option(name: .customLong("generate"), help: "Maak zoveel synthetische huishoudens.")
    var aantal: String?

    @Option(name: .customLong("output"), help: "Het bestand dat wordt geschreven.")
    var uitvoer: String?

    @Option(help: "De datum waarop wordt gerekend (JJJJ-MM-DD); bij --generate: de datum voor de leeftijden.")
    var peildatum: String?

    @Option(name: .customLong("bij-fout"), help: "Wat te doen met een ongeldige regel: overslaan of stoppen.")
    var bijFout = FoutBeleid.stoppen.rawValue

    @Option(help: "Startwaarde voor --generate: dezelfde seed geeft hetzelfde bestand.")
    var seed = "1"

    func run() async throws {
        do {
            try uitvoeren()
        } catch let fout as ScreenFout {
            FileHandle.standardError.write(Data("\(fout.melding)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func uitvoeren() throws {
        guard let uitvoer else { throw ScreenFout("Geef met --output aan welk bestand geschreven wordt.") }
        switch (invoer, aantal) {
        case (let invoer?, nil): try screen(invoer, uitvoer)
        case (nil, let aantal?): try genereer(aantal, uitvoer)
        case (nil, nil): throw ScreenFout("Geef --input (screenen) of --generate (synthetisch bestand maken).")
        case (_?, _?): throw ScreenFout("Gebruik --input of --generate, niet allebei.")
        }
    }

    private func screen(_ invoer: String, _ uitvoer: String) throws {
        guard let peildatum else { throw ScreenFout("Geef met --peildatum de datum waarop wordt gerekend (JJJJ-MM-DD).") }
        guard let beleid = FoutBeleid(rawValue: bijFout) else {
            throw ScreenFout("--bij-fout is '\(bijFout)'; kies overslaan of stoppen.")
        }
        let screening = Screening(kernel: BatchKernel(parameters: try parameters(peildatum)), beleid: beleid)
        let grootte = ((try? FileManager.default.attributesOfItem(atPath: invoer))?[.size] as? Int) ?? 0
        let voortgang = Voortgang(totaal: grootte)
        let start = Date()
        do {
            let samenvatting = try screening.screen(invoer: invoer, uitvoer: uitvoer, voortgang: voortgang) { fout in
                voortgang?.wis()
                FileHandle.standardError.write(Data("Overgeslagen: \(fout)\n".utf8))
            }
            voortgang?.wis()
            let seconden = Date().timeIntervalSince(start)
            FileHandle.standardError.write(Data(("\(samenvatting.huishoudens) huishoudens gescreend in "
                + "\(String(format: "%.2f", seconden)) s; \(samenvatting.overgeslagen) regels overgeslagen.\n").utf8))
        } catch {
            voortgang?.wis()
            throw ScreenFout(error.description)
        }
    }

    private func genereer(_ tekst: String, _ uitvoer: String) throws {
        guard let aantal = Int(tekst), aantal > 0 else {
            throw ScreenFout("--generate is '\(tekst)'; geef een aantal huishoudens groter dan 0.")
        }
        guard let seed = UInt64(seed) else { throw ScreenFout("--seed is '\(seed)'; geef een geheel getal van 0 of meer.") }
        let parameters = try parameters(peildatum ?? "2026-07-01")
        let kernel = BatchKernel(parameters: parameters)
        let bestand = PopulatieBestand(
            generator: PopulatieGenerator(seed: seed, peildatum: parameters.peildatum,
                                          gemeente: kernel.gemeenteIndex("voorbeeld") ?? 0),
            gemeenten: kernel.gemeenten)
        let voortgang = Voortgang(totaal: aantal)
        do {
            try bestand.schrijf(aantal: aantal, naar: uitvoer, voortgang: voortgang)
            voortgang?.wis()
        } catch {
            voortgang?.wis()
            throw ScreenFout(error.description)
        }
    }

    private func parameters(_ tekst: String) throws -> ParameterSet {
        guard let datum = CivilDate(iso: tekst) else { throw ScreenFout("--peildatum is '\(tekst)'; verwacht JJJJ-MM-DD.") }
        do {
            return try ParameterSet(peildatum: datum)
        } catch {
            throw ScreenFout(error.description)
        }
    }
}
