import Fluent
import Foundation
import PleinDomain

/// Everything for the resident on one page: their cases, what they have to do, new messages,
/// their plan, their income from every payer and who helps them. Each part is read through the
/// service that owns it, so each keeps its own scoping and audit.
struct MyPleinService: Sendable {
    let database: any Database
    let actor: Actor
    let audit: AuditRecorder

    /// Something the resident has to do, wherever it comes from.
    struct Task: Sendable {
        let title: String
        let deadline: CivilDate?
        let href: String
        let source: LocalizedText
    }

    /// An appointment with someone who helps the resident.
    struct Appointment: Sendable {
        /// `YYYY-MM-DDTHH:MM`, local time.
        let at: String
        let place: String
        let with: String
        let about: LocalizedText

        var date: CivilDate? { CivilDate(iso: at.prefix(10)) }
        var time: String { String(at.suffix(5)) }
    }

    struct Overview: Sendable {
        let cases: [CaseFile]
        let helpRequests: [(request: HelpRequest, team: String)]
        let appointments: [Appointment]
        let unreadMessages: [UUID: Int]
        let tasks: [Task]
        let plan: PlanService.PlanView?
        let income: IncomeService.Overview
        let involved: [InvolvementService.Match]
    }

    func overview(today: CivilDate) async throws -> Overview {
        let cases = try await BijstandApplicationService(database: database, actor: actor, audit: audit).ownCases()
        let caseIDs = cases.compactMap(\.id)
        var unread: [UUID: Int] = [:]
        var tasks: [Task] = []
        if !caseIDs.isEmpty {
            for message in try await CaseMessage.query(on: database).filter(\.$caseID ~~ caseIDs)
                .filter(\.$fromResident == false).filter(\.$readAt == nil).all() {
                unread[message.caseID, default: 0] += 1
            }
            tasks += try await Assignment.query(on: database).filter(\.$caseID ~~ caseIDs)
                .filter(\.$status ~~ [.open, .aanvullen]).all()
                .map { Task(title: $0.title, deadline: CivilDate(iso: $0.deadline), href: "/zaken/\($0.caseID.uuidString)#opdrachten",
                            source: .init(nl: "Bijstand", en: "Bijstand")) }
        }
        let plan = try await PlanService(database: database, actor: actor, audit: audit).ownPlan()
        if let plan {
            tasks += plan.actions.filter { $0.assigneeKind == .inwoner && $0.status.isOpen }
                .map { Task(title: $0.text, deadline: $0.deadline.flatMap { CivilDate(iso: $0) }, href: "/plannen/\(plan.plan.id!.uuidString)#acties",
                            source: .init(nl: "Plan", en: "Plan")) }
        }
        tasks.sort { ($0.deadline ?? .distantFuture) < ($1.deadline ?? .distantFuture) }
        let income = try await IncomeService(database: database, actor: actor, audit: audit).overview(today: today)
        let involved = try await InvolvementService(database: database, actor: actor, audit: audit).involvedWithMe()
        let helpRequests = try await HelpRequestService(database: database, actor: actor, audit: audit).own()
        let appointments = helpRequests.compactMap { item -> Appointment? in
            guard item.request.status == .intakeGepland, let at = item.request.intakeAt,
                  let date = CivilDate(iso: at.prefix(10)), date >= today else { return nil }
            return Appointment(at: at, place: item.request.intakePlace ?? "", with: item.team, about: item.request.theme.label)
        }.sorted { $0.at < $1.at }
        return Overview(cases: cases, helpRequests: helpRequests, appointments: appointments, unreadMessages: unread, tasks: tasks, plan: plan, income: income, involved: involved)
    }
}

private extension CivilDate {
    static let distantFuture = CivilDate(year: 9999, month: 12, day: 31)!
}
