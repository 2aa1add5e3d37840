import ArgumentParser

@main
struct Plein: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plein",
        abstract: "Plein: één plek voor inwoners en de organisaties die hen helpen.",
        subcommands: [Serve.self, Migrate.self, Check.self, Screen.self, GenerateCases.self, Config.self],
        defaultSubcommand: Serve.self)
}
