import Vapor

/// The professional's work queue of bijstand applications.
enum WorkQueueController {
    static func show(_ req: Request) async throws -> Response {
        var query = FilterQuery(req)
        let filter = WorkQueueFilter(
            query: query.text("zoek", label: WorkQueuePage.searchLabel),
            status: query.choice("status", label: WorkQueuePage.statusLabel, among: WorkQueueFilter.statuses),
            urgency: query.choice("urgentie", label: WorkQueuePage.urgencyLabel, among: WorkQueueFilter.Urgency.allCases),
            onlyMine: query.flag("mijn", label: WorkQueuePage.onlyMineLabel),
            page: query.page())
        guard query.errors.isEmpty else {
            // Only those who may see the queue hear what is wrong with its filters.
            try await req.cases.requireWorkQueue()
            return req.html(WorkQueuePage(context: try await req.pageContext(), filter: filter, result: nil,
                                          errors: query.errors).render(), status: .badRequest)
        }
        let result = try await req.cases.workQueue(filter, today: .today)
        return req.html(WorkQueuePage(context: try await req.pageContext(), filter: filter, result: result).render())
    }
}
