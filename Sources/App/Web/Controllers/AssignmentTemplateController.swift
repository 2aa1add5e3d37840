import Foundation
import Vapor

/// The functional administrator's pages for assignment templates and the e-mail outbox.
enum AssignmentTemplateController {
    static func index(_ req: Request) async throws -> Response {
        let templates = try await req.organisationAdmin.assignmentTemplates()
        return req.html(AssignmentTemplatesPage(context: try await req.pageContext(), templates: templates).render())
    }

    static func create(_ req: Request) async throws -> Response {
        let input = OrganisationAdminService.TemplateInput(
            title: req.formField("titel"), instructions: req.formField("instructie"), proof: req.formField("bewijs"),
            days: req.formField("termijn"), givenAtSearchPeriod: req.formField("zoekperiode") == "ja")
        let admin = try req.organisationAdmin
        do {
            try await admin.createAssignmentTemplate(input)
        } catch PleinError.invalid(let errors) {
            let page = AssignmentTemplatesPage(context: try await req.pageContext(), templates: try await admin.assignmentTemplates(),
                                               input: input, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
        return req.redirect(to: "/beheer/opdrachten")
    }

    static func toggle(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        try await req.organisationAdmin.toggleAssignmentTemplate(id)
        return req.redirect(to: "/beheer/opdrachten")
    }

    static func outbox(_ req: Request) async throws -> Response {
        let mails = try await req.organisationAdmin.outbox()
        return req.html(OutboxPage(context: try await req.pageContext(), mails: mails, sending: req.application.plein.settings.smtp != nil).render())
    }
}
