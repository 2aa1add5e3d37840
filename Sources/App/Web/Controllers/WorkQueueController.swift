import Vapor

/// The professional's work queue of bijstand applications.
enum WorkQueueController {
    static func show(_ req: Request) async throws -> Response {
        let filter = WorkQueueFilter(
            query: (try? req.query.get(String.self, at: "zoek")) ?? "",
            status: (try? req.query.get(String.self, at: "status")).flatMap(CaseFile.Status.init(rawValue:)),
            urgency: (try? req.query.get(String.self, at: "urgentie")).flatMap(WorkQueueFilter.Urgency.init(rawValue:)),
            onlyMine: (try? req.query.get(String.self, at: "mijn")) == "ja",
            page: (try? req.query.get(Int.self, at: "pagina")) ?? 1)
        let result = try await req.cases.workQueue(filter, today: .today)
        return req.html(WorkQueuePage(context: try await req.pageContext(), filter: filter, result: result).render())
    }
}
