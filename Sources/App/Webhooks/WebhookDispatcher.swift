import Fluent
import Foundation

/// Delivers webhooks that are due: signs each body, posts it, and on failure waits longer each
/// time (one minute, doubling, at most six hours) until `maxAttempts`; then the delivery is
/// marked failed for the functional administrator to see and retry.
struct WebhookDispatcher: Sendable {
    let database: any Database
    let transport: any WebhookTransport
    let secrets: SecretBox

    static let maxAttempts = 8
    static let secretPurpose = "plein webhook-geheimen"

    static func backoff(afterAttempt attempt: Int) -> TimeInterval {
        min(60 * pow(2, Double(max(0, attempt - 1))), 6 * 3600)
    }

    /// Queues one event for every active subscription of an organisation, in the caller's transaction.
    static func enqueue(event: String, body: String, for organisationID: UUID, on database: any Database) async throws {
        let subscriptions = try await WebhookSubscription.query(on: database)
            .filter(\.$organisationID == organisationID).filter(\.$event == event).filter(\.$active == true).all()
        for subscription in subscriptions {
            try await WebhookDelivery(organisationID: organisationID, subscriptionID: subscription.id!, event: event, body: body)
                .create(on: database)
        }
    }

    /// Tries every delivery that is due; returns how many were delivered and how many gave up.
    @discardableResult
    func deliverDue(now: Date = Date()) async throws -> (delivered: Int, failed: Int) {
        let due = try await WebhookDelivery.query(on: database).filter(\.$status == .wachtend)
            .filter(\.$nextAttemptAt <= now).sort(\.$nextAttemptAt).limit(100).all()
        var delivered = 0, failed = 0
        for delivery in due {
            guard let subscription = try await WebhookSubscription.find(delivery.subscriptionID, on: database),
                  subscription.active, let secret = secrets.open(subscription.sealedSecret).flatMap({ String(data: $0, encoding: .utf8) })
            else {
                delivery.status = .mislukt
                delivery.lastResult = "abonnement niet actief"
                try await delivery.save(on: database)
                failed += 1
                continue
            }
            let signature = WebhookSignature.sign(body: delivery.body, secret: secret, timestamp: Int(now.timeIntervalSince1970))
            let result = await transport.post(to: subscription.url, body: delivery.body, headers: [
                ("Content-Type", "application/json"), (WebhookSignature.header, signature),
                ("Plein-Event", delivery.event), ("Plein-Delivery", delivery.id!.uuidString),
            ])
            delivery.attempts += 1
            switch result {
            case .success(let status) where (200..<300).contains(status):
                delivery.status = .geleverd
                delivery.deliveredAt = now
                delivery.lastResult = "HTTP \(status)"
                delivered += 1
            case .success(let status):
                delivery.lastResult = "HTTP \(status)"
            case .failure(let failure):
                delivery.lastResult = failure.description
            }
            if delivery.status == .wachtend {
                if delivery.attempts >= Self.maxAttempts {
                    delivery.status = .mislukt
                    failed += 1
                } else {
                    delivery.nextAttemptAt = now.addingTimeInterval(Self.backoff(afterAttempt: delivery.attempts))
                }
            }
            try await delivery.save(on: database)
        }
        return (delivered, failed)
    }
}
