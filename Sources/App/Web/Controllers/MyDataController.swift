import Vapor

enum MyDataController {
    static func show(_ req: Request) async throws -> Response {
        let records = try await req.residents.ownRecords()
        let history = try await req.accessHistory.history()
        return req.html(MyDataPage(context: try await req.pageContext(), records: records, history: history).render())
    }
}
