import App
import ArgumentParser

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Breng de database bij naar de nieuwste migratie.")

    func run() async throws {
        try await PleinServer.migrate()
    }
}
