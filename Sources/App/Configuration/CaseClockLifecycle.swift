import NIOCore
import Vapor

/// Runs the case clock every five minutes while the server runs. One process per database is
/// assumed (with several, each step is still idempotent; a reminder could be queued twice).
struct CaseClockLifecycle: LifecycleHandler {
    static let interval: TimeAmount = .minutes(5)

    func didBoot(_ application: Application) throws {
        let clock = CaseClock(database: application.db, audit: application.plein.audit)
        let logger = application.logger
        application.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(5), delay: Self.interval) { _ in
            application.eventLoopGroup.next().makeFutureWithTask {
                do {
                    let result = try await clock.tick(today: .today)
                    if result.searchPeriodsEnded + result.reminders > 0 {
                        logger.info("case clock", metadata: ["zoekperiodes": "\(result.searchPeriodsEnded)", "herinneringen": "\(result.reminders)"])
                    }
                } catch {
                    logger.error("case clock failed: \(String(reflecting: error))")
                }
            }
        }
    }
}
