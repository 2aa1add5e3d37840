import Fluent
import Foundation
import PleinDomain

/// One household, one plan, one regisseur. The regisseur's organisation writes the plan; the
/// resident (and their household) reads it whole and co-writes it: comments, proposed actions,
/// marking their own actions done. An organisation with an action in the plan sees its own
/// actions and whom to call; the whole plan only while the resident consents.
struct PlanService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    /// What the actor sees of a plan.
    struct PlanView: Sendable {
        let plan: Plan
        let goals: [PlanGoal]
        let actions: [PlanAction]
        let comments: [PlanComment]
        /// The regisseur's organisation: writes goals and actions, decides on proposals.
        let mayEdit: Bool
        let forResident: Bool
        /// False when another organisation sees only its own actions (no consent for the plan).
        let whole: Bool
        let organisationName: String
        let viewerOrganisationID: UUID

        /// The statuses the viewer may move an action to: the regisseur's organisation any
        /// (taking on or declining a proposal first); the resident their own actions, an
        /// organisation its own, once taken into the plan.
        func allowedStatuses(for action: PlanAction) -> [PlanAction.Status] {
            if mayEdit {
                return action.status == .voorgesteld ? [.open, .vervallen] : [.open, .bezig, .klaar, .vervallen].filter { $0 != action.status }
            }
            let own = forResident ? action.assigneeKind == .inwoner : action.assigneeOrganisationID == viewerOrganisationID
            guard own, action.status != .voorgesteld, action.status != .vervallen else { return [] }
            return [.open, .bezig, .klaar].filter { $0 != action.status }
        }
    }

    struct ActionInput: Sendable {
        var text = ""
        var goalID = ""
        /// "inwoner", "organisatie:<uuid>" or "professional:<uuid>".
        var assignee = ""
        var deadline = ""
    }

    /// Who an action can be given to: the resident, the plan's organisation and its
    /// professionals, and organisations that know or help the resident.
    struct AssigneeOption: Sendable {
        let value: String
        let label: String
    }

    private var processing: AuditRecorder.Processing {
        .init(activity: "regie-plan", purpose: "Eén plan voor het huishouden, afgestemd tussen organisaties",
              organisationID: actor.organisationID)
    }

    // MARK: Making and finding plans

    /// Makes the plan for a resident the organisation knows; the professional who makes it is
    /// the regisseur.
    func create(bsn text: String, title: String, templateID: String = "", today: CivilDate = .today) async throws -> Plan {
        try await requireProfessional("plan-maken")
        guard case .user = actor.kind, let userID = actor.id, let regisseur = try await User.find(userID, on: database) else {
            throw PleinError.forbidden(LocalizedText(nl: "Een plan maakt een professional, die er regisseur van wordt.",
                                                     en: "A plan is made by a professional, who becomes its regisseur."))
        }
        var errors: [FieldError] = []
        let bsn = BSN(text.trimmingCharacters(in: .whitespaces))
        if bsn == nil { errors.append(FieldError(field: "bsn", message: .init(nl: "Vul een geldig BSN in van 9 cijfers.", en: "Enter a valid 9-digit BSN."))) }
        let title = title.trimmingCharacters(in: .whitespaces)
        if !(3...150).contains(title.count) || title.contains(where: \.isNewline) {
            errors.append(FieldError(field: "titel", message: .init(nl: "Geef het plan een korte titel.", en: "Give the plan a short title.")))
        }
        var template: PlanTemplate? = nil
        if !templateID.isEmpty {
            if let id = UUID(uuidString: templateID) { template = try await PlanTemplate.find(id, on: database) }
            if template?.organisationID != actor.organisationID {
                errors.append(FieldError(field: "sjabloon", message: .init(nl: "Kies een sjabloon uit de lijst.", en: "Choose a template from the list.")))
            }
        }
        guard errors.isEmpty, let bsn else { throw PleinError.invalid(errors) }
        guard let resident = try await Resident.query(on: database).filter(\.$organisationID == actor.organisationID)
            .filter(\.$bsn == bsn.digits).first() else {
            throw PleinError.invalid([Resident.unknownToOrganisation])
        }
        var existing = try await Plan.query(on: database).filter(\.$bsn == bsn.digits).first()
        if existing == nil, let household = resident.householdID {
            existing = try await Plan.query(on: database).filter(\.$householdID == household).first()
        }
        if let existing {
            // Say whom to call, not what is in it: the same contact details the verwijsindex gives,
            // logged as a disclosure of the plan organisation's data.
            try await audit.record("plan-bestaat-al", by: actor, object: ("plan", existing.id!.uuidString),
                                   processing: .init(activity: "verwijsindex", purpose: "Afstemming tussen organisaties die bij een inwoner betrokken zijn",
                                                     organisationID: existing.organisationID),
                                   subjects: Array(Set([bsn.digits, existing.bsn])), on: database)
            throw PleinError.invalid([FieldError(field: "bsn", message: .init(
                nl: "Dit huishouden heeft al een plan. Regisseur: \(existing.regisseurName) (\(existing.regisseurContact)).",
                en: "This household already has a plan. Regisseur: \(existing.regisseurName) (\(existing.regisseurContact))."))])
        }
        let plan = Plan(organisationID: actor.organisationID, bsn: bsn.digits, householdID: resident.householdID, title: title,
                        regisseur: regisseur)
        let actor = self.actor, audit = self.audit, processing = self.processing, chosen = template
        do {
            try await database.transaction { transaction in
                try await plan.create(on: transaction)
                if let template = chosen {
                    try await Self.apply(template, to: plan, organisationName: try await Organisation.find(plan.organisationID, on: transaction)?.name ?? "",
                                         today: today, on: transaction)
                }
                try await audit.record("plan-maken", by: actor, object: ("plan", plan.id!.uuidString), processing: processing,
                                       subjects: [plan.bsn], on: transaction)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw PleinError.invalid([FieldError(field: "bsn", message: .init(nl: "Deze inwoner heeft al een plan.",
                                                                             en: "This resident already has a plan."))])
        }
        return plan
    }

    /// Starts a plan with a template's goals and actions; deadlines count from today.
    private static func apply(_ template: PlanTemplate, to plan: Plan, organisationName: String, today: CivilDate,
                              on database: any Database) async throws {
        for goal in template.goals {
            let planGoal = PlanGoal(planID: plan.id!, organisationID: plan.organisationID, text: goal.omschrijving)
            try await planGoal.create(on: database)
            for action in goal.acties {
                let forResident = action.uitvoerder == .inwoner
                try await PlanAction(planID: plan.id!, organisationID: plan.organisationID, goalID: planGoal.id, text: action.omschrijving,
                                     assigneeKind: forResident ? .inwoner : .organisatie,
                                     assigneeOrganisationID: forResident ? nil : plan.organisationID, assigneeUserID: nil,
                                     assigneeName: forResident ? "De inwoner" : organisationName, status: .open,
                                     deadline: action.termijnDagen.map { today.adding(days: $0).description }).create(on: database)
            }
        }
    }

    /// The plan templates the actor's organisation can start from.
    func templates() async throws -> [PlanTemplate] {
        try await PlanTemplate.query(on: database).filter(\.$organisationID == actor.organisationID).sort(\.$name).all()
    }

    /// The plans the organisation holds, and those in which it has an action, last changed first.
    func plans() async throws -> [Plan] {
        try await requireProfessional("plannen-bekijken")
        let withActions = try await PlanAction.query(on: database).filter(\.$assigneeOrganisationID == actor.organisationID)
            .field(\.$planID).all().map(\.planID)
        let plans = try await Plan.query(on: database).group(.or) { group in
            group.filter(\.$organisationID == actor.organisationID)
            if !withActions.isEmpty { group.filter(\.$id ~~ Array(Set(withActions))) }
        }.sort(\.$updatedAt, .descending).limit(200).all()
        try await audit.record("plannen-bekijken", by: actor, processing: processing, subjects: plans.map(\.bsn), on: database)
        return plans
    }

    /// The resident's own plan: made with them, or with someone in their household.
    func ownPlan() async throws -> PlanView? {
        guard actor.isResident, let bsn = actor.bsn else { return nil }
        guard let plan = try await residentPlan(bsn: bsn) else { return nil }
        return try await view(plan, action: "eigen-plan-inzien")
    }

    /// Opens a plan for whoever may see it, audited; anyone else gets "not found".
    func open(_ id: UUID) async throws -> PlanView {
        guard let plan = try await Plan.find(id, on: database) else { throw PleinError.notFound }
        return try await view(plan, action: "plan-inzien")
    }

    /// The plan as the actor may see it, for a change: a refusal is logged under the change's
    /// name, a success only by the change itself (in `write`).
    private func load(_ id: UUID, for action: String) async throws -> PlanView {
        guard let plan = try await Plan.find(id, on: database) else { throw PleinError.notFound }
        return try await view(plan, action: action, auditRead: false)
    }

    // MARK: Writing

    func addGoal(to planID: UUID, text: String) async throws {
        let view = try await load(planID, for: "plan-doel-toevoegen")
        try await requireEditor(view, "plan-doel-toevoegen")
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (3...300).contains(text.count) else {
            throw PleinError.invalid([FieldError(field: "doel", message: .init(nl: "Beschrijf het doel in een zin.", en: "Describe the goal in a sentence."))])
        }
        try await write("plan-doel-toevoegen", plan: view.plan) { try await PlanGoal(planID: planID, organisationID: view.plan.organisationID, text: text).create(on: $0) }
    }

    /// The regisseur's organisation adds an action; the resident proposes one (for themself).
    func addAction(to planID: UUID, _ input: ActionInput, today: CivilDate) async throws {
        let view = try await load(planID, for: "plan-actie-toevoegen")
        guard view.mayEdit || view.forResident else {
            try await audit.record("plan-actie-toevoegen", by: actor, object: ("plan", planID.uuidString), outcome: .geweigerd, on: database)
            throw Self.notYours
        }
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        let text = input.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(3...300).contains(text.count) { fail("actie", "Beschrijf de actie in een zin.", "Describe the action in a sentence.") }
        let goalID = UUID(uuidString: input.goalID)
        if !input.goalID.isEmpty && !view.goals.contains(where: { $0.id == goalID }) { fail("doelId", "Kies een doel uit het plan.", "Choose a goal of the plan.") }
        let deadlineText = input.deadline.trimmingCharacters(in: .whitespaces)
        let deadline = deadlineText.isEmpty ? nil : CivilDate(typed: deadlineText)
        if !deadlineText.isEmpty && (deadline == nil || deadline! < today) {
            fail("deadline", "Vul een datum vanaf vandaag in, bijvoorbeeld 1-12-2026, of laat het leeg.",
                 "Enter a date from today, for example 1-12-2026, or leave it empty.")
        }
        let assignee: (kind: PlanAction.Assignee, organisationID: UUID?, userID: UUID?, name: String)?
        if view.forResident {
            assignee = (.inwoner, nil, nil, actor.name)
        } else {
            assignee = try await resolveAssignee(input.assignee, plan: view.plan)
            if assignee == nil { fail("uitvoerder", "Kies wie de actie uitvoert.", "Choose who carries out the action.") }
        }
        guard errors.isEmpty, let assignee else { throw PleinError.invalid(errors) }
        let action = PlanAction(planID: planID, organisationID: view.plan.organisationID, goalID: input.goalID.isEmpty ? nil : goalID,
                                text: text, assigneeKind: assignee.kind, assigneeOrganisationID: assignee.organisationID,
                                assigneeUserID: assignee.userID, assigneeName: assignee.name,
                                status: view.forResident ? .voorgesteld : .open, deadline: deadline?.description)
        try await write(view.forResident ? "plan-actie-voorstellen" : "plan-actie-toevoegen", plan: view.plan) { try await action.create(on: $0) }
    }

    /// Moves an action on. The regisseur's organisation may set any status (taking on or
    /// declining a proposal too); an organisation its own actions; the resident their own.
    func setStatus(of actionID: UUID, in planID: UUID, to status: PlanAction.Status) async throws {
        let view = try await load(planID, for: "plan-actie-bijwerken")
        guard let action = view.actions.first(where: { $0.id == actionID }) else { throw PleinError.notFound }
        guard view.allowedStatuses(for: action).contains(status) else {
            try await audit.record("plan-actie-bijwerken", by: actor, object: ("plan-actie", actionID.uuidString), outcome: .geweigerd, on: database)
            throw Self.notYours
        }
        action.status = status
        try await write("plan-actie-bijwerken", plan: view.plan) { try await action.save(on: $0) }
    }

    func comment(on planID: UUID, text: String) async throws {
        let view = try await load(planID, for: "plan-reageren")
        guard view.mayEdit || view.forResident else {
            try await audit.record("plan-reageren", by: actor, object: ("plan", planID.uuidString), outcome: .geweigerd, on: database)
            throw Self.notYours
        }
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...2000).contains(text.count) else {
            throw PleinError.invalid([FieldError(field: "reactie", message: .init(nl: "Schrijf uw reactie (hoogstens 2000 tekens).",
                                                                                 en: "Write your comment (at most 2000 characters)."))])
        }
        let comment = PlanComment(planID: planID, organisationID: view.plan.organisationID, authorName: actor.name,
                                  fromResident: view.forResident, text: text)
        try await write("plan-reageren", plan: view.plan) { try await comment.create(on: $0) }
    }

    /// Hands the coordination to another professional of the plan's organisation, for example
    /// when the regisseur leaves; the resident sees the new contact person at once.
    func setRegisseur(of planID: UUID, to userID: String) async throws {
        let view = try await load(planID, for: "regisseur-wijzigen")
        try await requireEditor(view, "regisseur-wijzigen")
        guard let id = UUID(uuidString: userID), let user = try await User.find(id, on: database),
              user.organisationID == view.plan.organisationID, user.role == .professional || user.role == .regisseur else {
            throw PleinError.invalid([FieldError(field: "regisseur", message: .init(nl: "Kies een professional van uw organisatie.",
                                                                                   en: "Choose a professional of your organisation."))])
        }
        let plan = view.plan
        plan.regisseurID = id
        plan.regisseurName = user.displayName
        plan.regisseurContact = user.username
        try await write("regisseur-wijzigen", plan: plan) { try await plan.save(on: $0) }
    }

    /// The professionals who can be the plan's regisseur.
    func regisseurOptions(for plan: Plan) async throws -> [AssigneeOption] {
        try await professionals(of: plan).map { AssigneeOption(value: $0.id!.uuidString, label: $0.displayName) }
    }

    private func professionals(of plan: Plan) async throws -> [User] {
        try await User.query(on: database).filter(\.$organisationID == plan.organisationID)
            .filter(\.$role ~~ [.professional, .regisseur]).sort(\.$displayName).all()
    }

    /// The choices for an action's assignee on the regisseur's form.
    func assigneeOptions(for plan: Plan) async throws -> [AssigneeOption] {
        let professionals = try await professionals(of: plan)
        let organisations = try await organisations()
        let own = organisations.first { $0.id == plan.organisationID }
        return [AssigneeOption(value: "inwoner", label: "De inwoner")]
            + professionals.map { AssigneeOption(value: "professional:\($0.id!.uuidString)", label: "\($0.displayName) (\(own?.name ?? ""))") }
            + organisations.map { AssigneeOption(value: "organisatie:\($0.id!.uuidString)", label: $0.name) }
    }

    // MARK: Access

    static let notYours = PleinError.forbidden(LocalizedText(nl: "Dit mag alleen wie het plan schrijft of de actie uitvoert.",
                                                             en: "Only whoever writes the plan or carries out the action may do this."))

    /// The plan made with the resident, or with their partner: partners share a household's
    /// plan as they share a bijstand application. Other adults in the house speak for themselves
    /// (as with consent), so they do not see it.
    private func residentPlan(bsn: String) async throws -> Plan? {
        if let plan = try await Plan.query(on: database).filter(\.$bsn == bsn).first() { return plan }
        let records = try await Resident.query(on: database).filter(\.$bsn == bsn).filter(\.$organisationID == actor.organisationID)
            .filter(\.$householdRole ~~ ["aanvrager", "partner"]).all()
        let households = records.compactMap(\.householdID)
        guard !households.isEmpty else { return nil }
        for plan in try await Plan.query(on: database).filter(\.$householdID ~~ households).all() {
            let maker = try await Resident.query(on: database).filter(\.$organisationID == plan.organisationID)
                .filter(\.$bsn == plan.bsn).first()
            if ["aanvrager", "partner"].contains(maker?.householdRole ?? "") { return plan }
        }
        return nil
    }

    private func view(_ plan: Plan, action: String, auditRead: Bool = true) async throws -> PlanView {
        let planID = plan.id!
        let isOwnOrganisation = actor.mayWorkWithResidents && plan.organisationID == actor.organisationID
        var forResident = false
        if actor.isResident, let bsn = actor.bsn {
            forResident = try await residentPlan(bsn: bsn)?.id == planID
        }
        var actions = try await PlanAction.query(on: database).filter(\.$planID == planID).sort(\.$createdAt).all()
        var whole = isOwnOrganisation || forResident
        if !whole {
            let assigned = actor.mayWorkWithResidents && actions.contains { $0.assigneeOrganisationID == actor.organisationID }
            guard assigned else {
                try await audit.record(action, by: actor, object: ("plan", planID.uuidString), outcome: .geweigerd, on: database)
                throw PleinError.notFound
            }
            whole = try await Consent.query(on: database).filter(\.$bsn == plan.bsn).filter(\.$organisationID == actor.organisationID)
                .filter(\.$category == .plan).filter(\.$withdrawnAt == nil).count() > 0
            if !whole { actions = actions.filter { $0.assigneeOrganisationID == actor.organisationID } }
        }
        var goals = try await PlanGoal.query(on: database).filter(\.$planID == planID).sort(\.$createdAt).all()
        if !whole { goals = goals.filter { goal in actions.contains { $0.goalID == goal.id } } }
        let comments = whole ? try await PlanComment.query(on: database).filter(\.$planID == planID).sort(\.$postedAt).all() : []
        let organisationName = try await Organisation.find(plan.organisationID, on: database)?.name ?? ""
        // Another organisation's read under consent is a processing of the plan organisation's data.
        let processing = isOwnOrganisation || forResident ? self.processing
            : AuditRecorder.Processing(activity: whole ? "gegevens-delen-met-toestemming" : "regie-plan",
                                       purpose: whole ? Consent.Category.plan.purpose : "Eigen acties in het plan uitvoeren",
                                       organisationID: plan.organisationID)
        if auditRead {
            try await audit.record(action, by: actor, object: ("plan", planID.uuidString), processing: processing,
                                   subjects: [plan.bsn], on: database)
        }
        return PlanView(plan: plan, goals: goals, actions: actions, comments: comments, mayEdit: isOwnOrganisation,
                        forResident: forResident, whole: whole, organisationName: organisationName,
                        viewerOrganisationID: actor.organisationID)
    }

    private func requireProfessional(_ action: String) async throws {
        try await audit.requireWorkingWithResidents(action, by: actor, refusal: .init(nl: "Alleen professionals werken met plannen.", en: "Only professionals work with plans."), on: database)
    }

    private func requireEditor(_ view: PlanView, _ action: String) async throws {
        guard view.mayEdit else {
            try await audit.record(action, by: actor, object: ("plan", view.plan.id!.uuidString), outcome: .geweigerd, on: database)
            throw Self.notYours
        }
    }

    private func write(_ action: String, plan: Plan, _ change: @escaping @Sendable (any Database) async throws -> Void) async throws {
        let actor = self.actor, audit = self.audit
        let processing = AuditRecorder.Processing(activity: "regie-plan", purpose: self.processing.purpose, organisationID: plan.organisationID)
        try await database.transaction { transaction in
            try await change(transaction)
            // The plan's change time orders the organisation's list.
            try await Plan.query(on: transaction).filter(\.$id == plan.id!).set(\.$updatedAt, to: Date()).update()
            try await audit.record(action, by: actor, object: ("plan", plan.id!.uuidString), processing: processing,
                                   subjects: [plan.bsn], on: transaction)
        }
    }

    /// The organisations an action can be given to: every organisation on the square. Offering
    /// only those that know the resident would tell the regisseur who else knows them; giving an
    /// action to an organisation is the regisseur's deliberate, logged sharing of that action.
    private func organisations() async throws -> [Organisation] {
        try await Organisation.query(on: database).sort(\.$name).all()
    }

    private func resolveAssignee(_ value: String, plan: Plan) async throws
        -> (kind: PlanAction.Assignee, organisationID: UUID?, userID: UUID?, name: String)? {
        if value == "inwoner" { return (.inwoner, nil, nil, "De inwoner") }
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let id = UUID(uuidString: parts[1]) else { return nil }
        switch parts[0] {
        case "organisatie":
            guard let organisation = try await Organisation.find(id, on: database) else { return nil }
            return (.organisatie, id, nil, organisation.name)
        case "professional":
            guard let user = try await User.find(id, on: database), user.organisationID == plan.organisationID,
                  user.role == .professional || user.role == .regisseur else { return nil }
            return (.professional, plan.organisationID, id, user.displayName)
        default:
            return nil
        }
    }
}
