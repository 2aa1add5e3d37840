import Vapor

enum MyDataController {
    static func show(_ req: Request) async throws -> Response {
        let records = try await req.residents.ownRecords()
        let history = try await req.accessHistory.history()
        let saved = try await req.savedCalculations.list()
        let justSaved = (try? req.query.get(String.self, at: "bewaard")) != nil
        return req.html(MyDataPage(context: try await req.pageContext(), records: records, history: history,
                                   saved: saved, justSaved: justSaved).render())
    }
}
