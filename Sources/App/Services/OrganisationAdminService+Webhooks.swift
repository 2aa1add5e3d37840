import Fluent
import Foundation

/// The functional administrator's webhooks: which of the organisation's systems hear of which
/// events, and how each delivery went.
extension OrganisationAdminService {
    func webhookSubscriptions() async throws -> [WebhookSubscription] {
        try await requireAdministrator("webhooks-bekijken")
        return try await WebhookSubscription.query(on: database).filter(\.$organisationID == actor.organisationID)
            .sort(\.$createdAt, .descending).all()
    }

    /// Registers a receiver and returns its signing secret, which is shown once. Only https,
    /// except to this machine itself when `allowLocalHTTP` (demo and tests).
    func createWebhookSubscription(url rawURL: String, event: String, secrets: SecretBox,
                                   allowLocalHTTP: Bool) async throws -> (WebhookSubscription, String) {
        try await requireAdministrator("webhook-maken")
        let url = rawURL.trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        let parsed = URLComponents(string: url)
        let host = parsed?.host ?? ""
        let local = ["localhost", "127.0.0.1", "::1"].contains(host)
        // Outside the demo, a receiver is an organisation's system on the internet, never this
        // machine or a private network. A literal address is refused here; a name is checked
        // again at every delivery, by what it resolves to then (HTTPWebhookTransport).
        let inside = local || NetworkAddress.isPrivate(host)
        let acceptable = allowLocalHTTP ? (parsed?.scheme == "https" || (parsed?.scheme == "http" && local))
                                        : (parsed?.scheme == "https" && !inside)
        if host.isEmpty || !acceptable || url.count > 500 {
            errors.append(FieldError(field: "url", message: .init(
                nl: "Vul een adres in dat begint met https://, bijvoorbeeld https://systeem.example.nl/plein.",
                en: "Enter an address starting with https://, for example https://system.example.com/plein.")))
        }
        if !WebhookSubscription.events.contains(event) {
            errors.append(FieldError(field: "gebeurtenis", message: .init(nl: "Kies een gebeurtenis.", en: "Choose an event.")))
        }
        guard errors.isEmpty else { throw PleinError.invalid(errors) }
        let secret = WebhookSignature.newSecret()
        let subscription = WebhookSubscription(organisationID: actor.organisationID, url: url,
                                               sealedSecret: try secrets.seal(Data(secret.utf8)), event: event)
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await subscription.create(on: transaction)
            try await audit.record("webhook-maken", by: actor, object: ("webhook", subscription.id!.uuidString), on: transaction)
        }
        return (subscription, secret)
    }

    /// The organisation's newest deliveries, with their subscriptions' addresses.
    func webhookDeliveries() async throws -> [WebhookDelivery] {
        try await requireAdministrator("webhooks-bekijken")
        return try await WebhookDelivery.query(on: database).filter(\.$organisationID == actor.organisationID)
            .sort(\.$createdAt, .descending).limit(50).all()
    }

    /// Puts a failed delivery back in the queue, due now.
    func retryWebhookDelivery(_ id: UUID) async throws {
        try await requireAdministrator("webhook-opnieuw")
        guard let delivery = try await WebhookDelivery.find(id, on: database),
              delivery.organisationID == actor.organisationID, delivery.status == .mislukt
        else { throw PleinError.notFound }
        delivery.status = .wachtend
        delivery.attempts = 0
        delivery.nextAttemptAt = Date()
        try await delivery.save(on: database)
        try await audit.record("webhook-opnieuw", by: actor, object: ("webhooklevering", id.uuidString), on: database)
    }
}
