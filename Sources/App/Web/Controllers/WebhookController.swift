import Foundation
import Vapor

/// The functional administrator's webhook pages.
enum WebhookController {
    static func secrets(_ req: Request) -> SecretBox {
        SecretBox(secret: req.application.plein.settings.pseudonymKey, purpose: WebhookDispatcher.secretPurpose)
    }

    static func index(_ req: Request) async throws -> Response {
        let admin = try req.organisationAdmin
        return req.html(WebhooksPage(context: try await req.pageContext(), subscriptions: try await admin.webhookSubscriptions(),
                                     deliveries: try await admin.webhookDeliveries()).render())
    }

    static func create(_ req: Request) async throws -> Response {
        let admin = try req.organisationAdmin
        let url = req.formField("url")
        do {
            let (_, secret) = try await admin.createWebhookSubscription(
                url: url, event: req.formField("gebeurtenis"), secrets: secrets(req),
                allowLocalHTTP: req.application.plein.settings.demoMode)
            return req.html(WebhooksPage(context: try await req.pageContext(), subscriptions: try await admin.webhookSubscriptions(),
                                         deliveries: try await admin.webhookDeliveries(), newSecret: secret).render())
        } catch PleinError.invalid(let errors) {
            let page = WebhooksPage(context: try await req.pageContext(), subscriptions: try await admin.webhookSubscriptions(),
                                    deliveries: try await admin.webhookDeliveries(), url: url, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
    }

    static func retry(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        try await req.organisationAdmin.retryWebhookDelivery(id)
        return req.redirect(to: "/beheer/webhooks")
    }
}
