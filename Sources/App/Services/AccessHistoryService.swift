import Fluent
import Foundation

/// Answers a resident's question "who looked at or changed my data, when, and why?" from the
/// processing log, found through the pseudonym of their own BSN only.
struct AccessHistoryService: Sendable {
    let database: any Database
    let actor: Actor
    let pseudonymizer: Pseudonymizer

    struct Entry: Sendable {
        let at: Date
        let organisationName: String
        let activity: String
        let purpose: String
    }

    func history(limit: Int = 100) async throws -> [Entry] {
        let bsn = try actor.residentBSN()
        let entries = try await ProcessingEntry.query(on: database)
            .filter(\.$subjectPseudonym == pseudonymizer.pseudonym(forBSN: bsn))
            .sort(\.$startedAt, .descending).limit(limit).all()
        let organisationIDs = Set(entries.map(\.organisationID))
        let names = try await Organisation.query(on: database).filter(\.$id ~~ organisationIDs).all()
            .reduce(into: [UUID: String]()) { $0[$1.id!] = $1.name }
        return entries.map {
            Entry(at: $0.startedAt, organisationName: names[$0.organisationID] ?? "Onbekende organisatie",
                  activity: $0.activity, purpose: $0.purpose)
        }
    }
}
