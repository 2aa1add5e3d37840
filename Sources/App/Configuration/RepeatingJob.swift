import Foundation
import NIOCore
import Vapor

/// Work the server does on a timer while it runs: the case clock, webhook deliveries. Each job
/// is safe to run again (it marks what it did), and a failure is logged, never fatal.
struct RepeatingJob: LifecycleHandler {
    let name: String
    let interval: TimeAmount
    /// Does one round and says what it did, or nil when there was nothing to do.
    let run: @Sendable (Application) async throws -> String?

    func didBoot(_ application: Application) throws {
        let logger = application.logger
        let name = self.name, run = self.run
        application.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(5), delay: interval) { _ in
            application.eventLoopGroup.next().makeFutureWithTask {
                do {
                    if let done = try await run(application) { logger.info("\(name): \(done)") }
                } catch {
                    logger.error("\(name) failed: \(String(reflecting: error))")
                }
            }
        }
    }

    static let caseClock = RepeatingJob(name: "case clock", interval: .minutes(5)) { app in
        let result = try await CaseClock(database: app.db, audit: app.plein.audit).tick(today: .today)
        guard result.searchPeriodsEnded + result.reminders > 0 else { return nil }
        return "\(result.searchPeriodsEnded) zoekperiodes beëindigd, \(result.reminders) herinneringen"
    }

    static let webhooks = RepeatingJob(name: "webhooks", interval: .seconds(10)) { app in
        let dispatcher = WebhookDispatcher(database: app.db, transport: HTTPWebhookTransport(client: app.client, threadPool: app.threadPool,
                                                                                                allowPrivateNetwork: app.plein.settings.demoMode),
                                           secrets: SecretBox(secret: app.plein.settings.pseudonymKey, purpose: WebhookDispatcher.secretPurpose))
        let result = try await dispatcher.deliverDue()
        guard result.delivered + result.failed > 0 else { return nil }
        return "\(result.delivered) afgeleverd, \(result.failed) opgegeven"
    }

    static let mail = RepeatingJob(name: "mail", interval: .seconds(30)) { app in
        guard let smtp = app.plein.settings.smtp else { return nil }
        let result = try await OutboxDelivery(database: app.db, transport: SMTPMailTransport(settings: smtp), from: smtp.from).deliverPending()
        guard result.sent + result.failed > 0 else { return nil }
        return "\(result.sent) verstuurd, \(result.failed) mislukt"
    }
}
