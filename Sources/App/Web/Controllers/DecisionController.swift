import Foundation
import Vapor

/// The decision: the professional's form with the engine's calculation, and the letter that
/// both the resident and the professionals read once it is taken.
enum DecisionController {
    private static func caseID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        return id
    }

    static func show(_ req: Request) async throws -> Response {
        let decisions = try req.decisions
        let file = try await req.cases.open(try caseID(req))
        if let decision = try await decisions.decision(of: file) {
            let organisation = try await Organisation.find(file.organisationID, on: req.database)?.name ?? ""
            return req.html(DecisionLetterPage(context: try await req.pageContext(), file: file, decision: decision,
                                               organisationName: organisation).render())
        }
        try await req.cases.access.requireCaseWorker("besluit-nemen", on: file)
        guard file.status == .inBehandeling else { return req.redirect(to: "/zaken/\(file.id!.uuidString)") }
        return req.html(DecisionFormPage(context: try await req.pageContext(), file: file,
                                         proposal: decisions.proposal(for: file)).render())
    }

    static func decide(_ req: Request) async throws -> Response {
        let id = try caseID(req)
        let input = DecisionService.Input(kind: req.formField("soort"), motivation: req.formField("motivering"),
                                          startDate: req.formField("ingangsdatum"), amount: req.formField("bedrag"),
                                          deviationReason: req.formField("afwijkingsreden"))
        let decisions = try req.decisions
        do {
            try await decisions.decide(caseID: id, input, today: .today)
        } catch PleinError.invalid(let errors) {
            let file = try await req.cases.open(id)
            let page = DecisionFormPage(context: try await req.pageContext(), file: file,
                                        proposal: decisions.proposal(for: file), input: input, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
        return req.redirect(to: "/zaken/\(id.uuidString)/besluit")
    }
}
