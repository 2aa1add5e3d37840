import Fluent
import Foundation
import OpenAPIRuntime
import PleinDomain
import Vapor

/// Income parts, plans, consents and areas for partner systems, over the same services as the pages.
extension APIHandler {
    private static func services(_ request: Request) throws -> (actor: Actor, audit: AuditRecorder) {
        (try request.requireActor(), request.application.plein.audit)
    }

    private static func validBSN(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard let bsn = BSN(text) else {
            throw PleinError.invalid([FieldError(field: "bsn", message: .init(nl: "Geen geldig BSN.", en: "Not a valid BSN."))])
        }
        return bsn.digits
    }

    // MARK: inkomsten

    private static func income(_ request: Request) throws -> IncomeService {
        let (actor, audit) = try services(request)
        return IncomeService(database: request.database, actor: actor, audit: audit)
    }

    func zoekInkomsten(_ input: Operations.ZoekInkomsten.Input) async throws -> Operations.ZoekInkomsten.Output {
        let request = try APIRequestContext.current
        let parts = try await Self.income(request).supplied(bsn: try Self.validBSN(input.query.bsn))
        return .ok(.init(body: .json(.init(inkomsten: parts.map(Self.inkomen)))))
    }

    func geefInkomenDoor(_ input: Operations.GeefInkomenDoor.Input) async throws -> Operations.GeefInkomenDoor.Output {
        let request = try APIRequestContext.current
        let body = switch input.body { case .json(let json): json }
        let serviceInput = IncomeService.Input(bsn: body.bsn, kind: body.soort.rawValue, payer: body.betaler,
                                               amount: Self.amountText(body.bedrag), frequency: body.frequentie.rawValue,
                                               firstPayment: body.eersteBetaaldatum, lastPayment: body.laatsteBetaaldatum ?? "")
        do {
            return .created(.init(body: .json(Self.inkomen(try await Self.income(request).supply(serviceInput, today: .today)))))
        } catch let error as PleinError {
            throw error.renamingFields(["eersteBetaling": "eersteBetaaldatum", "laatsteBetaling": "laatsteBetaaldatum"])
        }
    }

    func beeindigInkomen(_ input: Operations.BeeindigInkomen.Input) async throws -> Operations.BeeindigInkomen.Output {
        let request = try APIRequestContext.current
        guard let id = UUID(uuidString: input.path.inkomenId) else { throw PleinError.notFound }
        try await Self.income(request).end(id)
        return .noContent(.init())
    }

    private static func inkomen(_ part: IncomePart) -> Components.Schemas.Inkomen {
        .init(id: part.id!.uuidString, bsn: part.bsn, soort: .init(rawValue: part.kind.rawValue)!, betaler: part.payer,
              bedrag: euro(part.amountCents), bedragPerMaand: euro(part.monthlyAmount.cents),
              frequentie: .init(rawValue: part.frequency.rawValue)!, eersteBetaaldatum: part.firstPayment,
              laatsteBetaaldatum: part.lastPayment)
    }

    // MARK: plannen

    private static func plans(_ request: Request) throws -> PlanService {
        let (actor, audit) = try services(request)
        return PlanService(database: request.database, actor: actor, audit: audit)
    }

    private static func id(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw PleinError.notFound }
        return id
    }

    func zoekPlannen(_ input: Operations.ZoekPlannen.Input) async throws -> Operations.ZoekPlannen.Output {
        let request = try APIRequestContext.current
        let plans = try await Self.plans(request).plans()
        let names = try await Organisation.query(on: request.database).filter(\.$id ~~ Array(Set(plans.map(\.organisationID)))).all()
        return .ok(.init(body: .json(.init(plannen: plans.map { plan in
            .init(id: plan.id!.uuidString, bsn: plan.bsn, titel: plan.title, regisseur: plan.regisseurName,
                  organisatie: names.first { $0.id == plan.organisationID }?.name ?? "")
        }))))
    }

    func haalPlanOp(_ input: Operations.HaalPlanOp.Input) async throws -> Operations.HaalPlanOp.Output {
        let request = try APIRequestContext.current
        return .ok(.init(body: .json(Self.plan(try await Self.plans(request).open(try Self.id(input.path.planId))))))
    }

    func voegPlanActieToe(_ input: Operations.VoegPlanActieToe.Input) async throws -> Operations.VoegPlanActieToe.Output {
        let request = try APIRequestContext.current
        let body = switch input.body { case .json(let json): json }
        let planID = try Self.id(input.path.planId)
        let assignee = body.uitvoerderSoort == .inwoner ? "inwoner" : "\(body.uitvoerderSoort.rawValue):\(body.uitvoerderId ?? "")"
        let actionInput = PlanService.ActionInput(text: body.omschrijving, goalID: body.doelId ?? "", assignee: assignee,
                                                  deadline: body.deadline ?? "")
        let service = try Self.plans(request)
        do {
            try await service.addAction(to: planID, actionInput, today: .today)
        } catch let error as PleinError {
            throw error.renamingFields(["actie": "omschrijving", "uitvoerder": "uitvoerderId"])
        }
        return .created(.init(body: .json(Self.plan(try await service.open(planID)))))
    }

    func werkPlanActieBij(_ input: Operations.WerkPlanActieBij.Input) async throws -> Operations.WerkPlanActieBij.Output {
        let request = try APIRequestContext.current
        let body = switch input.body { case .json(let json): json }
        let planID = try Self.id(input.path.planId)
        let service = try Self.plans(request)
        try await service.setStatus(of: try Self.id(input.path.actieId), in: planID, to: PlanAction.Status(rawValue: body.status.rawValue)!)
        return .ok(.init(body: .json(Self.plan(try await service.open(planID)))))
    }

    private static func plan(_ view: PlanService.PlanView) -> Components.Schemas.Plan {
        .init(id: view.plan.id!.uuidString, bsn: view.plan.bsn, titel: view.plan.title, regisseur: view.plan.regisseurName,
              regisseurContact: view.plan.regisseurContact, organisatie: view.organisationName, volledig: view.whole,
              doelen: view.goals.map { .init(id: $0.id!.uuidString, omschrijving: $0.text) },
              acties: view.actions.map { action in
                  .init(id: action.id!.uuidString, doelId: action.goalID?.uuidString, omschrijving: action.text,
                        uitvoerder: action.assigneeName, uitvoerderSoort: .init(rawValue: action.assigneeKind.rawValue)!,
                        uitvoerderOrganisatieId: action.assigneeOrganisationID?.uuidString,
                        status: .init(rawValue: action.status.rawValue)!, deadline: action.deadline)
              },
              reacties: view.comments.map { .init(auteur: $0.authorName, vanInwoner: $0.fromResident, tekst: $0.text, geplaatstOp: $0.postedAt) })
    }

    // MARK: toestemmingen

    func zoekToestemmingen(_ input: Operations.ZoekToestemmingen.Input) async throws -> Operations.ZoekToestemmingen.Output {
        let request = try APIRequestContext.current
        let (actor, audit) = try Self.services(request)
        let consents = try await ConsentService(database: request.database, actor: actor, audit: audit)
            .grantedToUs(bsn: try Self.validBSN(input.query.bsn))
        return .ok(.init(body: .json(.init(toestemmingen: consents.map { item in
            .init(bsn: item.consent.bsn, categorie: .init(rawValue: item.consent.category.rawValue)!, doel: item.consent.category.purpose,
                  bronOrganisatie: item.sourceName, verleendOp: item.consent.grantedAt)
        }))))
    }

    // MARK: gebieden

    func zoekGebieden(_ input: Operations.ZoekGebieden.Input) async throws -> Operations.ZoekGebieden.Output {
        let request = try APIRequestContext.current
        let (actor, audit) = try Self.services(request)
        var postcode: Postcode? = nil
        if let text = input.query.postcode {
            guard let parsed = Postcode(text) else {
                throw PleinError.invalid([FieldError(field: "postcode", message: .init(nl: "Geen geldige postcode, bijvoorbeeld 1011AB.",
                                                                                      en: "Not a valid postcode, for example 1011AB."))])
            }
            postcode = parsed
        }
        let areas = try await AreaService(database: request.database, actor: actor, audit: audit).list(postcode: postcode)
        return .ok(.init(body: .json(.init(gebieden: areas.map { listed in
            .init(id: listed.area.id!.uuidString, naam: listed.area.name, gemeente: listed.municipalityName,
                  postcodeVan: listed.area.postcodeFrom, postcodeTotEnMet: listed.area.postcodeThrough, bediendDoor: listed.servedByName)
        }))))
    }
}
