import App
import ArgumentParser
import Foundation

/// `plein config export|import`: a municipality's whole configuration as one versioned file.
struct Config: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Exporteer of importeer de configuratie van een gemeente (thema's, regelingen, wijken, sjablonen, pagina's).",
        subcommands: [Export.self, Import.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Schrijf de configuratie naar een bestand.")

        @Option(help: "Het bestand om naar te schrijven.") var output: String
        @Option(help: "De naam van de gemeente; nodig als er meer dan één is.") var gemeente: String?

        func run() async throws {
            do {
                let data = try await ConfigurationCommand.export(municipality: gemeente)
                try data.write(to: URL(fileURLWithPath: output))
                print("Geschreven: \(output)")
            } catch let failure as ConfigurationCommand.Failure {
                FileHandle.standardError.write(Data("\(failure.description)\n".utf8))
                throw ExitCode(2)
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lees een configuratiebestand in. Het hele bestand wordt eerst gecontroleerd; bij een fout verandert er niets.")

        @Argument(help: "Het configuratiebestand.") var bestand: String
        @Option(help: "De naam van de gemeente; nodig als er meer dan één is.") var gemeente: String?

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: bestand) else {
                FileHandle.standardError.write(Data("Kan \(bestand) niet lezen.\n".utf8))
                throw ExitCode(2)
            }
            do {
                print(try await ConfigurationCommand.import(data, municipality: gemeente))
            } catch let failure as ConfigurationCommand.Failure {
                FileHandle.standardError.write(Data("\(failure.description)\n".utf8))
                throw ExitCode(2)
            }
        }
    }
}
