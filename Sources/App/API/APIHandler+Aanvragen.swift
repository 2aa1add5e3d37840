import Foundation
import OpenAPIRuntime
import PleinDomain

/// The bijstand operations for partner systems: the same services as the professional's pages,
/// so scoping, validation, audit and notifications are the same.
extension APIHandler {
    private typealias Schemas = Components.Schemas

    private static func id(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw PleinError.notFound }
        return id
    }

    func zoekAanvragen(_ input: Operations.ZoekAanvragen.Input) async throws -> Operations.ZoekAanvragen.Output {
        let request = try APIRequestContext.current
        let filter = WorkQueueFilter(
            query: input.query.zoek ?? "", status: input.query.status.flatMap { CaseFile.Status(rawValue: $0.rawValue) },
            urgency: input.query.urgentie.flatMap { WorkQueueFilter.Urgency(rawValue: $0.rawValue) },
            page: input.query.pagina ?? 1)
        let result = try await request.cases.workQueue(filter, today: .today)
        return .ok(.init(body: .json(.init(aanvragen: result.cases.map { Self.aanvraag($0, answers: nil) },
                                           pagina: result.page, aantalPaginas: result.pageCount, totaal: result.total))))
    }

    func haalAanvraagOp(_ input: Operations.HaalAanvraagOp.Input) async throws -> Operations.HaalAanvraagOp.Output {
        let file = try await APIRequestContext.current.cases.open(try Self.id(input.path.aanvraagId))
        return .ok(.init(body: .json(Self.aanvraag(CaseSummary(file), answers: file.answers))))
    }

    func zoekOpdrachten(_ input: Operations.ZoekOpdrachten.Input) async throws -> Operations.ZoekOpdrachten.Output {
        let request = try APIRequestContext.current
        let file = try await request.cases.open(try Self.id(input.path.aanvraagId))
        return .ok(.init(body: .json(.init(opdrachten: try await request.assignments.assignments(of: file).map(Self.opdracht)))))
    }

    func geefOpdracht(_ input: Operations.GeefOpdracht.Input) async throws -> Operations.GeefOpdracht.Output {
        let request = try APIRequestContext.current
        let body = switch input.body { case .json(let json): json }
        guard let template = UUID(uuidString: body.sjabloonId) else {
            throw PleinError.invalid([FieldError(field: "sjabloonId", message: .init(nl: "Geen geldig sjabloon-id.", en: "Not a valid template id."))])
        }
        do {
            let assignment = try await request.assignments.give(templateID: template, caseID: try Self.id(input.path.aanvraagId), today: .today)
            return .created(.init(body: .json(Self.opdracht(AssignmentRow(assignment)))))
        } catch let error as PleinError {
            throw error.renamingFields(["sjabloon": "sjabloonId"])
        }
    }

    func zoekBerichten(_ input: Operations.ZoekBerichten.Input) async throws -> Operations.ZoekBerichten.Output {
        let request = try APIRequestContext.current
        let file = try await request.cases.open(try Self.id(input.path.aanvraagId))
        return .ok(.init(body: .json(.init(berichten: try await request.messages.conversation(of: file).map(Self.bericht)))))
    }

    func stuurBericht(_ input: Operations.StuurBericht.Input) async throws -> Operations.StuurBericht.Output {
        let request = try APIRequestContext.current
        let body = switch input.body { case .json(let json): json }
        do {
            let message = try await request.messages.send(toCase: try Self.id(input.path.aanvraagId), text: body.tekst, upload: nil)
            return .created(.init(body: .json(Self.bericht(CaseMessageRow(message)))))
        } catch let error as PleinError {
            throw error.renamingFields(["bericht": "tekst"])
        }
    }

    func zoekDocumenten(_ input: Operations.ZoekDocumenten.Input) async throws -> Operations.ZoekDocumenten.Output {
        let request = try APIRequestContext.current
        let file = try await request.cases.open(try Self.id(input.path.aanvraagId))
        let documents = try await request.caseDocuments.documents(of: file).map { document in
            Schemas.DocumentLijst.DocumentenPayloadPayload(
                id: document.id.uuidString, soort: document.kind, bestandsnaam: document.fileName,
                mediatype: .init(rawValue: document.mediaType) ?? .applicationPdf, grootte: document.size,
                sha256: document.sha256, vanInwoner: document.fromResident, geuploadOp: document.uploadedAt)
        }
        return .ok(.init(body: .json(.init(documenten: documents))))
    }

    func haalBesluitOp(_ input: Operations.HaalBesluitOp.Input) async throws -> Operations.HaalBesluitOp.Output {
        let request = try APIRequestContext.current
        let file = try await request.cases.open(try Self.id(input.path.aanvraagId))
        guard let decision = try await request.decisions.decision(of: file) else { throw PleinError.notFound }
        return .ok(.init(body: .json(Self.besluit(decision))))
    }

    func neemBesluit(_ input: Operations.NeemBesluit.Input) async throws -> Operations.NeemBesluit.Output {
        let request = try APIRequestContext.current
        let body = switch input.body { case .json(let json): json }
        let amount = body.bedragPerMaand.map(Self.amountText)
        let decisionInput = DecisionService.Input(kind: body.soort.rawValue, motivation: body.motivering,
                                                  startDate: body.ingangsdatum ?? "", amount: amount ?? "",
                                                  deviationReason: body.afwijkingsreden ?? "")
        do {
            let decision = try await request.decisions.decide(caseID: try Self.id(input.path.aanvraagId), decisionInput, today: .today)
            return .created(.init(body: .json(Self.besluit(DecisionRow(decision)))))
        } catch let error as PleinError {
            throw error.renamingFields(["bedrag": "bedragPerMaand"])
        }
    }

    func zoekOpdrachtsjablonen(_ input: Operations.ZoekOpdrachtsjablonen.Input) async throws -> Operations.ZoekOpdrachtsjablonen.Output {
        let request = try APIRequestContext.current
        let templates = try await request.assignments.templates().map { template in
            Schemas.OpdrachtsjabloonLijst.SjablonenPayloadPayload(
                id: template.id.uuidString, titel: template.title, instructie: template.instructions,
                bewijs: .init(rawValue: template.proof.rawValue)!, termijnDagen: template.daysToComplete,
                bijZoekperiode: template.givenAtSearchPeriod)
        }
        return .ok(.init(body: .json(.init(sjablonen: templates))))
    }

    private static func aanvraag(_ file: CaseSummary, answers: CheckAnswers?) -> Schemas.Aanvraag {
        .init(id: file.id.uuidString, referentie: file.referentie, status: .init(rawValue: file.status.rawValue) ?? .inBehandeling,
              voortgang: .init(rawValue: file.progress.rawValue) ?? .opSchema,
              bsn: file.bsn, naam: file.naam, ingediendOp: file.ingediend_op, zoekperiodeTot: file.zoekperiode_tot,
              beslissenVoor: file.beslissen_voor, behandelaar: file.behandelaar_naam, opdrachtenOpen: file.opdrachten_open,
              opdrachtenTeBeoordelen: file.opdrachten_te_beoordelen, eerstvolgendeDeadline: file.eerstvolgende_deadline,
              antwoorden: answers.map { .init(additionalProperties: $0.values) })
    }

    private static func opdracht(_ assignment: AssignmentRow) -> Schemas.Opdracht {
        .init(id: assignment.id.uuidString, titel: assignment.title, instructie: assignment.instructions,
              bewijs: .init(rawValue: assignment.proof.rawValue)!, deadline: assignment.deadline,
              status: .init(rawValue: assignment.status.rawValue)!, antwoord: assignment.answer,
              documentId: assignment.documentID?.uuidString, reactie: assignment.feedback)
    }

    private static func bericht(_ message: CaseMessageRow) -> Schemas.Bericht {
        .init(id: message.id.uuidString, vanInwoner: message.fromResident, afzender: message.senderName, tekst: message.text,
              documentId: message.documentID?.uuidString, verzondenOp: message.sentAt, gelezenOp: message.readAt)
    }

    private static func besluit(_ decision: DecisionRow) -> Schemas.Besluit {
        .init(id: decision.id.uuidString, soort: .init(rawValue: decision.kind.rawValue)!, motivering: decision.motivation,
              ingangsdatum: decision.startDate, bedragPerMaand: decision.monthlyCents.map(euro),
              berekendBedragPerMaand: decision.calculatedCents.map(euro), afwijkingsreden: decision.deviationReason,
              toelichtingBerekening: decision.calculationExplanation, genomenDoor: decision.decidedByName,
              genomenOp: decision.decidedAt,
              bezwaarTot: ApplicationTerms.objectionDeadline(decisionDate: CivilDate(decision.decidedAt)).description)
    }
}
