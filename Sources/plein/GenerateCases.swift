import App
import ArgumentParser

struct GenerateCases: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-cases",
        abstract: "Vul PostgreSQL met een grote, verzonnen werkvoorraad voor de benchmark (DATABASE_URL en PLEIN_DEMO=ja).")

    @Option(help: "Aantal zaken.") var cases = 1_000_000
    @Option(help: "Aantal inwoners.") var residents = 200_000

    func validate() throws {
        guard cases > 0, residents > 0 else { throw ValidationError("--cases en --residents moeten groter dan 0 zijn.") }
    }

    func run() async throws {
        try await PleinServer.generateCases(cases: cases, residents: residents)
    }
}
