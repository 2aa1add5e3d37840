import App
import ArgumentParser

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start Plein (standaard op http://127.0.0.1:8080).",
        discussion: "Instellingen komen uit de omgeving:\n\n"
            + Settings.environmentVariables.map { "\($0.name)\n  \($0.meaning)" }.joined(separator: "\n"))

    @Option(help: "Het adres om op te luisteren.") var hostname = "127.0.0.1"
    @Option(help: "De poort om op te luisteren.") var port = 8080

    func run() async throws {
        try await PleinServer.serve(hostname: hostname, port: port)
    }
}
