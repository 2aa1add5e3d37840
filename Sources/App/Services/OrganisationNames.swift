import Fluent
import Foundation
import Synchronization

/// Organisation names for the page header, kept in memory for a minute: every page shows the
/// user's organisation, and a query per page for a name that hardly ever changes was one of a
/// dozen round trips on the busiest pages.
final class OrganisationNames: Sendable {
    static let lifetime: TimeInterval = 60
    private let cache = Mutex<[UUID: (name: String, fetchedAt: Date)]>([:])

    func name(of id: UUID, on database: any Database) async throws -> String? {
        let now = Date()
        if let cached = cache.withLock({ $0[id] }), now.timeIntervalSince(cached.fetchedAt) < Self.lifetime {
            return cached.name
        }
        guard let name = try await Organisation.find(id, on: database)?.name else { return nil }
        cache.withLock { $0[id] = (name, now) }
        return name
    }
}
