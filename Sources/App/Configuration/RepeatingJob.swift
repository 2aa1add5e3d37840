import Foundation
import NIOCore
import Synchronization
import Vapor

/// Work the server does on a timer while it runs: the case clock, webhook and mail deliveries,
/// housekeeping.
/// Each job is safe to run again (it marks what it did), runs in one Plein instance at a time
/// when several share a database, and a failure is logged, never fatal.
final class RepeatingJob: LifecycleHandler, Sendable {
    let name: String
    let initialDelay: TimeAmount
    let interval: TimeAmount
    /// Does one round and says what it did, or nil when there was nothing to do.
    let run: @Sendable (Application) async throws -> String?
    /// The timer and the round it started last, so that shutdown can stop the timer and wait
    /// for that round: lifecycle handlers shut down before the databases, and a round running
    /// on would find them gone.
    private let schedule = Mutex<(timer: RepeatedTask?, round: EventLoopFuture<Void>?)>((nil, nil))

    init(name: String, initialDelay: TimeAmount = .seconds(5), interval: TimeAmount,
         run: @escaping @Sendable (Application) async throws -> String?) {
        self.name = name
        self.initialDelay = initialDelay
        self.interval = interval
        self.run = run
    }

    func didBoot(_ application: Application) throws {
        let logger = application.logger
        let name = self.name, run = self.run
        let timer = application.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: initialDelay, delay: interval) { _ in
            let round = application.eventLoopGroup.next().makeFutureWithTask {
                do {
                    // Nil when another Plein instance on the same database is doing this round.
                    let done = try await AdvisoryLock.run("taak:" + name, in: application, waiting: false) {
                        try await run(application)
                    }
                    if let done = done ?? nil { logger.info("\(name): \(done)") }
                } catch {
                    logger.error("\(name) failed: \(String(reflecting: error))")
                }
            }
            self.schedule.withLock { $0.round = round }
            return round
        }
        schedule.withLock { $0.timer = timer }
    }

    func shutdownAsync(_ application: Application) async {
        guard let timer = schedule.withLock({ $0.timer }) else { return }
        // The cancellation completes on the timer's event loop, where rounds start, so no round
        // starts after it; the last one started may still be running.
        let cancelled = application.eventLoopGroup.next().makePromise(of: Void.self)
        timer.cancel(promise: cancelled)
        try? await cancelled.futureResult.get()
        try? await schedule.withLock({ $0.round })?.get()
    }

    // Computed: every application gets jobs of its own, with their own timer.
    static var caseClock: RepeatingJob {
        RepeatingJob(name: "case clock", interval: .minutes(5)) { app in
            let result = try await CaseClock(database: app.db, audit: app.plein.audit).tick(today: .today)
            guard result.searchPeriodsEnded + result.reminders > 0 else { return nil }
            return "\(result.searchPeriodsEnded) zoekperiodes beëindigd, \(result.reminders) herinneringen"
        }
    }

    static var housekeeping: RepeatingJob {
        RepeatingJob(name: "opruimen", interval: .minutes(10)) { app in
            let removed = try await Housekeeping(database: app.db, settings: app.plein.settings).run()
            guard removed.sessions + removed.loginFailures > 0 else { return nil }
            return "\(removed.sessions) verlopen sessies, \(removed.loginFailures) oude mislukte inlogpogingen verwijderd"
        }
    }

    static var webhooks: RepeatingJob {
        RepeatingJob(name: "webhooks", interval: .seconds(10)) { app in
            let dispatcher = WebhookDispatcher(database: app.db, transport: HTTPWebhookTransport(client: app.client, threadPool: app.threadPool,
                                                                                                    allowPrivateNetwork: app.plein.settings.demoMode),
                                               secrets: SecretBox(secret: app.plein.settings.pseudonymKey, purpose: WebhookDispatcher.secretPurpose))
            let result = try await dispatcher.deliverDue()
            guard result.delivered + result.failed > 0 else { return nil }
            return "\(result.delivered) afgeleverd, \(result.failed) opgegeven"
        }
    }

    static var mail: RepeatingJob {
        RepeatingJob(name: "mail", interval: .seconds(30)) { app in
            guard let smtp = app.plein.settings.smtp else { return nil }
            let result = try await OutboxDelivery(database: app.db, transport: SMTPMailTransport(settings: smtp), from: smtp.from).deliverPending()
            guard result.sent + result.failed > 0 else { return nil }
            return "\(result.sent) verstuurd, \(result.failed) mislukt"
        }
    }
}
