import Fluent
import Vapor

extension Application {
    /// `autoMigrate()`, one Plein instance at a time (`AdvisoryLock`): the others wait, then
    /// find nothing left to do.
    func migrateOneAtATime() async throws {
        do {
            _ = try await AdvisoryLock.run(AdvisoryLock.migrations, in: self, waiting: true) { try await autoMigrate() }
        } catch {
            // The driver's own description hides the cause ("Generic description…"); this is
            // the operator's only view of it.
            logger.error("Migreren is mislukt: \(String(reflecting: error))")
            throw error
        }
    }
}
