import Fluent
import Foundation

/// What a functional administrator manages for their own organisation: its accounts (read)
/// and its API clients. Administrators of one organisation never see another's.
struct OrganisationAdminService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    func requireAdministrator(_ action: String) async throws {
        guard actor.isAdministrator else {
            try await audit.record(action, by: actor, outcome: .geweigerd, on: database)
            throw PleinError.forbidden(LocalizedText(nl: "Alleen functioneel beheerders mogen dit.",
                                                     en: "Only functional administrators may do this."))
        }
    }

    func accounts() async throws -> [User] {
        try await requireAdministrator("accounts-bekijken")
        let users = try await User.query(on: database).filter(\.$organisationID == actor.organisationID)
            .sort(\.$displayName).all()
        try await audit.record("accounts-bekijken", by: actor, on: database)
        return users
    }

    func apiClients() async throws -> [APIClient] {
        try await requireAdministrator("koppelingen-bekijken")
        return try await APIClient.query(on: database).filter(\.$organisationID == actor.organisationID)
            .sort(\.$name).all()
    }

    /// Makes an API client and returns its token, which is not stored and cannot be shown again.
    func createAPIClient(name rawName: String) async throws -> (client: APIClient, token: String) {
        try await requireAdministrator("koppeling-maken")
        let name = rawName.trimmingCharacters(in: .whitespaces)
        guard (1...100).contains(name.count) else {
            throw PleinError.invalid([FieldError(field: "naam", message: LocalizedText(
                nl: "Geef de koppeling een naam van 1 tot 100 tekens.", en: "Give the connection a name of 1 to 100 characters."))])
        }
        let token = TokenDigest.newToken(prefix: "plein_")
        let client = APIClient(organisationID: actor.organisationID, name: name, tokenHash: TokenDigest.digest(token))
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await client.create(on: transaction)
            try await audit.record("koppeling-maken", by: actor, object: ("api_client", client.id!.uuidString), on: transaction)
        }
        return (client, token)
    }
}
