@testable import App
import Fluent
import Foundation
import SQLKit
import Testing

@Suite("Several lists in one read")
struct RowsBatchTests {
    @Test("The lists read together are the lists read one by one: the same rows, in the same order, dates included")
    func sameAsOneByOne() async throws {
        try await withPlein { app in
            let sql = app.db as! any SQLDatabase
            let caseID = try await applyAsLisa(Browser(app))
            // Lines with times a microsecond apart and out of insertion order, so the order and the precision show.
            let organisationID = try await sql.raw("SELECT organisatie_id FROM zaken WHERE id = \(bind: caseID)").first()!.decode(column: "organisatie_id", as: UUID.self)
            let base = Date(timeIntervalSince1970: 1_795_348_680.123456)
            for (offset, kind) in [(0.000002, "Derde"), (0.0, "Eerste"), (0.000001, "Tweede")] {
                try await CaseEvent(caseID: caseID, organisationID: organisationID, at: base.addingTimeInterval(offset), kind: .besluit,
                                    detail: kind, byName: "Test", shownToResident: true).create(on: app.db)
            }
            let timeline = RowsQuery<CaseEventRow>(table: CaseEvent.schema, condition: "zaak_id = \(bind: caseID)", order: "op, soort")
            let empty = RowsQuery<CaseEventRow>.none(from: CaseEvent.schema)
            let messages = RowsQuery<CaseMessageRow>(table: CaseMessage.schema, condition: "zaak_id = \(bind: caseID)", order: "verzonden_op")
            let (together, nothing, conversation) = try await RowsBatch.all(timeline, empty, messages, on: app.db)
            let alone = try await timeline.all(on: app.db)
            #expect(together.map(\.detail) == alone.map(\.detail))
            #expect(together.map(\.kind) == alone.map(\.kind))
            #expect(together.map(\.byName) == alone.map(\.byName))
            #expect(zip(together, alone).allSatisfy { abs($0.at.timeIntervalSince($1.at)) < 0.000_000_5 })
            #expect(together.filter { $0.byName == "Test" }.map(\.detail) == ["Eerste", "Tweede", "Derde"])
            #expect(nothing.isEmpty)
            #expect(conversation.map(\.id) == (try await messages.all(on: app.db)).map(\.id))
        }
    }

    @Test("PostgreSQL's JSON timestamps: fraction of up to six digits or none, offsets with and without minutes")
    func timestamps() throws {
        let utc = Date(timeIntervalSince1970: 1_795_348_680)
        #expect(JSONTimestamp.date("2026-11-22T11:58:00+00:00") == utc)
        #expect(JSONTimestamp.date("2026-11-22T11:58:00+00") == utc)
        #expect(JSONTimestamp.date("2026-11-22T12:58:00+01:00") == utc)
        #expect(JSONTimestamp.date("2026-11-22T08:28:00-03:30") == utc)
        #expect(abs(JSONTimestamp.date("2026-11-22T11:58:00.123456+00:00")!.timeIntervalSince(utc) - 0.123456) < 0.000_000_5)
        #expect(abs(JSONTimestamp.date("2026-11-22T11:58:00.5+00:00")!.timeIntervalSince(utc) - 0.5) < 0.000_000_5)
        #expect(JSONTimestamp.date("2024-02-29T00:00:00+00:00") == Date(timeIntervalSince1970: 1_709_164_800))
        for bad in ["2026-11-22 11:58:00+00:00", "2026-11-22T11:58:00", "2026-13-22T11:58:00+00:00", "2026-11-22T11:58:00+0100", "2026-11-22T11:58:00.+00:00x", ""] {
            #expect(JSONTimestamp.date(bad) == nil, "\(bad)")
        }
    }
}
