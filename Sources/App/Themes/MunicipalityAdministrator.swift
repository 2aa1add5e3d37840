import Fluent

/// The one check for a municipality's configuration (wijken, themes, templates, the whole file):
/// its functional administrators may change it, and Plein itself when an operator runs a command.
enum MunicipalityAdministrator {
    @discardableResult
    static func require(_ action: String, by actor: Actor, allowingOperator: Bool = false, audit: AuditRecorder,
                        on database: any Database) async throws -> Organisation {
        guard actor.isAdministrator || (allowingOperator && actor.kind == .system),
              let organisation = try await Organisation.find(actor.organisationID, on: database), organisation.kind == .gemeente else {
            try await audit.record(action, by: actor, outcome: .geweigerd, on: database)
            throw PleinError.forbidden(LocalizedText(nl: "Alleen functioneel beheerders van een gemeente mogen dit.",
                                                     en: "Only functional administrators of a municipality may do this."))
        }
        return organisation
    }
}
