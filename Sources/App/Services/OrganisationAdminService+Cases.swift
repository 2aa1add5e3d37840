import Fluent
import Foundation

/// The functional administrator's part of the bijstand journey: the assignment templates of
/// the search period, and the e-mail outbox.
extension OrganisationAdminService {
    struct TemplateInput: Sendable {
        var title = ""
        var instructions = ""
        var proof = ""
        var days = ""
        var givenAtSearchPeriod = false
    }

    func assignmentTemplates() async throws -> [AssignmentTemplate] {
        try await requireAdministrator("opdrachtsjablonen-bekijken")
        return try await AssignmentTemplate.query(on: database).filter(\.$organisationID == actor.organisationID)
            .sort(\.$title).all()
    }

    func createAssignmentTemplate(_ input: TemplateInput) async throws {
        try await requireAdministrator("opdrachtsjabloon-maken")
        var errors: [FieldError] = []
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let instructions = input.instructions.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(3...120).contains(title.count) {
            errors.append(FieldError(field: "titel", message: .init(nl: "Geef een titel van 3 tot 120 tekens.", en: "Give a title of 3 to 120 characters.")))
        }
        if !(10...2000).contains(instructions.count) {
            errors.append(FieldError(field: "instructie", message: .init(nl: "Schrijf een uitleg van 10 tot 2000 tekens.", en: "Write instructions of 10 to 2000 characters.")))
        }
        let proof = Assignment.Proof(rawValue: input.proof)
        if proof == nil {
            errors.append(FieldError(field: "bewijs", message: .init(nl: "Kies wat de inwoner als bewijs inlevert.", en: "Choose what the resident hands in as proof.")))
        }
        let days = Int(input.days.trimmingCharacters(in: .whitespaces))
        if days == nil || !(1...90).contains(days!) {
            errors.append(FieldError(field: "termijn", message: .init(nl: "Vul een termijn in van 1 tot 90 dagen.", en: "Enter a term of 1 to 90 days.")))
        }
        guard errors.isEmpty, let proof, let days else { throw PleinError.invalid(errors) }
        let template = AssignmentTemplate(organisationID: actor.organisationID, title: title, instructions: instructions,
                                          proof: proof, daysToComplete: days, givenAtSearchPeriod: input.givenAtSearchPeriod)
        let actor = self.actor, audit = self.audit
        try await database.transaction { transaction in
            try await template.create(on: transaction)
            try await audit.record("opdrachtsjabloon-maken", by: actor, object: ("opdrachtsjabloon", template.id!.uuidString), on: transaction)
        }
    }

    /// Switches a template on or off; assignments already given keep their own copy.
    func toggleAssignmentTemplate(_ id: UUID) async throws {
        try await requireAdministrator("opdrachtsjabloon-wijzigen")
        guard let template = try await AssignmentTemplate.find(id, on: database),
              template.organisationID == actor.organisationID else { throw PleinError.notFound }
        template.active.toggle()
        try await template.save(on: database)
        try await audit.record("opdrachtsjabloon-wijzigen", by: actor, object: ("opdrachtsjabloon", id.uuidString), on: database)
    }

    /// The newest notifications of the organisation, with whether they were sent.
    func outbox() async throws -> [OutboxMail] {
        try await requireAdministrator("uitgaande-mail-bekijken")
        return try await OutboxMail.query(on: database).filter(\.$organisationID == actor.organisationID)
            .sort(\.$createdAt, .descending).limit(100).all()
    }
}
