import Foundation
import Vapor

/// The household plan: the professionals' list, making a plan, and everyone's work on it.
enum PlanController {
    private static func service(_ req: Request) throws -> PlanService {
        PlanService(database: req.database, actor: try req.requireActor(), audit: req.application.plein.audit)
    }

    private static func planID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        return id
    }

    static func index(_ req: Request) async throws -> Response {
        let service = try service(req)
        return req.html(PlansPage(context: try await req.pageContext(), plans: try await service.plans(), templates: try await service.templates()).render())
    }

    static func create(_ req: Request) async throws -> Response {
        let bsn = req.formField("bsn"), title = req.formField("titel"), templateID = req.formField("sjabloon")
        do {
            let plan = try await service(req).create(bsn: bsn, title: title, templateID: templateID)
            return req.redirect(to: "/plannen/\(plan.id!.uuidString)")
        } catch PleinError.invalid(let errors) {
            let service = try service(req)
            let page = PlansPage(context: try await req.pageContext(), plans: try await service.plans(), templates: try await service.templates(),
                                 templateID: templateID, bsn: bsn, title: title, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
    }

    static func show(_ req: Request) async throws -> Response {
        let done = (try? req.query.get(String.self, at: "gedaan")) != nil
        return try await page(req, notice: done ? req.state.language.pick(nl: "Opgeslagen.", en: "Saved.") : nil)
    }

    static func addGoal(_ req: Request) async throws -> Response {
        let id = try planID(req), text = req.formField("doel")
        return try await attempt(req, id) { try await service(req).addGoal(to: id, text: text) } page: { $0.goalText = text }
    }

    static func addAction(_ req: Request) async throws -> Response {
        let id = try planID(req)
        let input = PlanService.ActionInput(text: req.formField("actie"), goalID: req.formField("doelId"),
                                            assignee: req.formField("uitvoerder"), deadline: req.formField("deadline"))
        return try await attempt(req, id) { try await service(req).addAction(to: id, input, today: .today) } page: { $0.input = input }
    }

    static func setStatus(_ req: Request) async throws -> Response {
        let id = try planID(req)
        guard let actionID = req.parameters.get("actie").flatMap(UUID.init(uuidString:)),
              let status = PlanAction.Status(rawValue: req.formField("status")) else { throw PleinError.notFound }
        try await service(req).setStatus(of: actionID, in: id, to: status)
        return req.redirect(to: "/plannen/\(id.uuidString)?gedaan=1#acties")
    }

    static func setRegisseur(_ req: Request) async throws -> Response {
        let id = try planID(req), user = req.formField("regisseur")
        return try await attempt(req, id) { try await service(req).setRegisseur(of: id, to: user) } page: { _ in }
    }

    static func comment(_ req: Request) async throws -> Response {
        let id = try planID(req), text = req.formField("reactie")
        return try await attempt(req, id) { try await service(req).comment(on: id, text: text) } page: { $0.commentText = text }
    }

    /// Runs a change; on invalid input shows the plan again with what was typed and the errors.
    private static func attempt(_ req: Request, _ id: UUID, _ change: () async throws -> Void,
                                page keep: (inout PlanPage) -> Void) async throws -> Response {
        do {
            try await change()
        } catch PleinError.invalid(let errors) {
            return try await page(req, errors: errors, keep)
        }
        return req.redirect(to: "/plannen/\(id.uuidString)?gedaan=1")
    }

    private static func page(_ req: Request, notice: String? = nil, errors: [FieldError] = [],
                             _ keep: (inout PlanPage) -> Void = { _ in }) async throws -> Response {
        let service = try service(req)
        let view = try await service.open(try planID(req))
        var page = PlanPage(context: try await req.pageContext(), view: view,
                            assigneeOptions: view.mayEdit ? try await service.assigneeOptions(for: view.plan) : [],
                            regisseurOptions: view.mayEdit ? try await service.regisseurOptions(for: view.plan) : [],
                            notice: notice, errors: errors)
        keep(&page)
        return req.html(page.render(), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
