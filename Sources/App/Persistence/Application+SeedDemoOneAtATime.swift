import Fluent
import Vapor

extension Application {
    /// In demo mode: the demo municipality on an empty database, and its themes on a demo
    /// database from before themes existed — one Plein instance at a time, under the lock the
    /// migrations take (`AdvisoryLock`). Seeding first looks for organisations and then writes
    /// them, so two instances starting together on one PostgreSQL database could both find
    /// none and both seed: the demo municipality twice, or one instance failing to start on a
    /// unique e-mail address. Under the lock the second waits, then finds the demo data there.
    /// `passwordHash` is called only when seeding is needed: bcrypt is deliberately slow.
    func seedDemoOneAtATime(passwordHash: () throws -> String) async throws {
        guard plein.settings.demoMode else { return }
        _ = try await AdvisoryLock.run(AdvisoryLock.migrations, in: self, waiting: true) {
            if try await DemoSeeder.seedIfEmpty(db, passwordHash: try passwordHash()) {
                logger.notice("Demodata aangemaakt: Gemeente Voorbeeld.")
            } else if try await DemoSeeder.addThemesIfMissing(db) {
                logger.notice("Thema's van Gemeente Voorbeeld toegevoegd.")
            }
        }
    }
}
