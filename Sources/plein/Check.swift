import ArgumentParser
import Foundation
import PleinRules

/// `plein check [bestand]`: one household as JSON (stdin or a file) → the result per scheme as
/// JSON on stdout. Bad input: each invalid field on stderr, exit code 2.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bereken voor één huishouden (JSON) op welke regelingen het recht heeft.",
        discussion: "Invoer en uitvoer zijn beschreven in docs/schemas/huishouden.schema.json en berekening.schema.json.")

    @Argument(help: "JSON-bestand met het huishouden. Zonder bestand: standaardinvoer.")
    var bestand: String?

    @Flag(name: .customLong("zonder-trace"), help: "Laat de rekenstappen weg.")
    var zonderTrace = false

    func run() throws {
        let input: Data
        if let bestand {
            guard let data = FileManager.default.contents(atPath: bestand) else {
                FileHandle.standardError.write(Data("Kan \(bestand) niet lezen.\n".utf8))
                throw ExitCode(2)
            }
            input = data
        } else {
            input = FileHandle.standardInput.readDataToEndOfFile()
        }
        switch BerekeningJSON.bereken(input, metTrace: !zonderTrace) {
        case .success(let output):
            FileHandle.standardOutput.write(output)
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .failure(let error):
            FileHandle.standardError.write(Data("Ongeldige invoer:\n\(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
