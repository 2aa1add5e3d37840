import Fluent
import Foundation

/// One processing of one data subject's personal data, as the Logboek Dataverwerkingen
/// standard records it: which organisation processed whose data (pseudonymised), for which
/// processing activity and purpose, when, and with what status. It holds no content.
final class ProcessingEntry: Model, @unchecked Sendable {
    static let schema = "verwerkingslog"

    enum Status: String, Codable, Sendable { case ok, fout }

    @ID(key: .id) var id: UUID?
    @Field(key: "trace_id") var traceID: String
    @Field(key: "span_id") var spanID: String
    /// The processing activity from the register of processing activities, e.g. "inwoner-inzien".
    @Field(key: "activiteit") var activity: String
    @Field(key: "doel") var purpose: String
    /// HMAC-SHA256 of the BSN: lets a resident find their own entries without the log holding BSNs.
    @Field(key: "betrokkene_pseudoniem") var subjectPseudonym: String
    @Field(key: "organisatie_id") var organisationID: UUID
    @Field(key: "gestart_op") var startedAt: Date
    @Field(key: "beeindigd_op") var endedAt: Date
    @Enum(key: "status") var status: Status

    init() {}

    init(traceID: String, spanID: String, activity: String, purpose: String, subjectPseudonym: String,
         organisationID: UUID, startedAt: Date, endedAt: Date, status: Status) {
        self.traceID = traceID
        self.spanID = spanID
        self.activity = activity
        self.purpose = purpose
        self.subjectPseudonym = subjectPseudonym
        self.organisationID = organisationID
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.status = status
    }
}
