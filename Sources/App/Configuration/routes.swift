import OpenAPIVapor
import Vapor

func routes(_ app: Application) throws {
    app.get(use: HomeController.show)
    app.get("start", use: LoginController.start)
    app.get("inloggen", use: LoginController.form)
    app.post("inloggen", use: LoginController.login)
    app.post("inloggen", "demo", use: LoginController.demoLogin)
    app.post("uitloggen", use: LoginController.logout)
    app.get("taal", ":taal", use: LanguageController.switchLanguage)
    app.get("wachtwoord", use: PasswordController.form)
    app.post("wachtwoord", use: PasswordController.change)

    app.get("check-je-rechten", use: RightsCheckController.start)
    app.get("check-je-rechten", "uitkomst", use: RightsCheckController.result)
    app.post("check-je-rechten", "opnieuw", use: RightsCheckController.restart)
    app.post("check-je-rechten", "bewaren", use: RightsCheckController.save)
    // Starting the application from the result: the answer cookie is only sent under this path.
    app.post("check-je-rechten", "aanvraag", use: ApplicationController.begin)
    app.get("check-je-rechten", "werken-loont", use: WorkPaysController.form)
    app.post("check-je-rechten", "werken-loont", use: WorkPaysController.calculate)
    app.get("check-je-rechten", ":vraag", use: RightsCheckController.question)
    app.post("check-je-rechten", ":vraag", use: RightsCheckController.answer)

    app.get("mijn-gegevens", use: MyDataController.show)
    app.get("mijn-plein", use: MyPleinController.show)
    app.get("mijn-plein", "inkomen", use: MyPleinController.incomeForm)
    app.post("mijn-plein", "inkomen", use: MyPleinController.addIncome)
    app.post("mijn-plein", "inkomen", ":id", "verwijderen", use: MyPleinController.removeIncome)

    app.get("thema", ":thema", use: ThemeController.show)
    app.get("hulp-vragen", use: HelpRequestController.form)
    app.post("hulp-vragen", use: HelpRequestController.submit)
    app.get("hulpvragen", use: HelpRequestController.index)
    app.get("hulpvragen", ":id", use: HelpRequestController.show)
    app.post("hulpvragen", ":id", "intake", use: HelpRequestController.planIntake)
    app.post("hulpvragen", ":id", "afronden", use: HelpRequestController.close)

    app.get("plannen", use: PlanController.index)
    app.post("plannen", use: PlanController.create)
    app.get("plannen", ":id", use: PlanController.show)
    app.post("plannen", ":id", "doelen", use: PlanController.addGoal)
    app.post("plannen", ":id", "acties", use: PlanController.addAction)
    app.post("plannen", ":id", "acties", ":actie", "status", use: PlanController.setStatus)
    app.post("plannen", ":id", "reacties", use: PlanController.comment)
    app.post("plannen", ":id", "regisseur", use: PlanController.setRegisseur)

    app.get("inwoners", use: ResidentController.index)
    app.get("inwoners", "nieuw", use: ResidentController.new)
    app.post("inwoners", "nieuw", use: ResidentController.create)
    app.get("inwoners", ":id", use: ResidentController.show)

    app.get("aanvraag", use: ApplicationController.start)
    app.post("aanvraag", use: ApplicationController.begin)
    app.get("aanvraag", "vraag", ":vraag", use: ApplicationController.question)
    app.post("aanvraag", "vraag", ":vraag", use: ApplicationController.answer)
    app.get("aanvraag", "documenten", use: ApplicationController.documents)
    app.get("aanvraag", "overzicht", use: ApplicationController.summary)
    app.post("aanvraag", "indienen", use: ApplicationController.submit)

    app.get("werkvoorraad", use: WorkQueueController.show)
    app.get("zaken", ":id", use: CaseController.show)
    app.get("zaken", ":id", "live", use: CaseController.live)
    app.post("zaken", ":id", "oppakken", use: CaseController.takeOn)
    app.post("zaken", ":id", "zoekperiode-beeindigen", use: CaseController.endSearchPeriod)
    app.post("zaken", ":id", "opdrachten", use: CaseController.giveAssignment)
    app.post("zaken", ":id", "opdrachten", ":opdracht", "beoordelen", use: CaseController.review)
    app.get("zaken", ":id", "besluit", use: DecisionController.show)
    app.post("zaken", ":id", "besluit", use: DecisionController.decide)
    app.get("documenten", ":id", use: CaseController.download)
    // Uploads: the body may hold a file up to the limit plus the rest of the form. Anything
    // larger is refused with 413 before it is read.
    let uploadBody = HTTPBodyStreamStrategy.collect(maxSize: ByteCount(value: app.plein.settings.maxUploadBytes + Settings.formOverheadBytes))
    app.on(.POST, "aanvraag", "documenten", body: uploadBody, use: ApplicationController.upload)
    app.on(.POST, "zaken", ":id", "opdrachten", ":opdracht", "inleveren", body: uploadBody, use: CaseController.handIn)
    app.on(.POST, "zaken", ":id", "berichten", body: uploadBody, use: CaseController.sendMessage)
    app.on(.POST, "zaken", ":id", "documenten", body: uploadBody, use: CaseController.addDocument)
    app.on(.POST, "beheer", "configuratie", body: uploadBody, use: ThemeAdminController.import)

    app.get("beheer", use: AdminController.show)
    app.get("beheer", "opdrachten", use: AssignmentTemplateController.index)
    app.post("beheer", "opdrachten", use: AssignmentTemplateController.create)
    app.post("beheer", "opdrachten", ":id", "wisselen", use: AssignmentTemplateController.toggle)
    app.get("beheer", "uitgaande-mail", use: AssignmentTemplateController.outbox)
    app.get("beheer", "themas", use: ThemeAdminController.index)
    app.post("beheer", "themas", use: ThemeAdminController.setThemes)
    app.get("beheer", "themas", ":thema", ":taal", use: ThemeAdminController.editPage)
    app.post("beheer", "themas", ":thema", ":taal", use: ThemeAdminController.savePage)
    app.post("beheer", "plansjablonen", use: ThemeAdminController.addPlanTemplate)
    app.post("beheer", "plansjablonen", ":id", "verwijderen", use: ThemeAdminController.removePlanTemplate)
    app.get("beheer", "configuratie", use: ThemeAdminController.export)
    app.get("beheer", "gebieden", use: AreaController.index)
    app.post("beheer", "gebieden", use: AreaController.add)
    app.post("beheer", "gebieden", ":id", "verwijderen", use: AreaController.remove)
    app.get("beheer", "webhooks", use: WebhookController.index)
    app.post("beheer", "webhooks", use: WebhookController.create)
    app.post("beheer", "webhooks", "leveringen", ":id", "opnieuw", use: WebhookController.retry)

    app.get("betrokkenheid", use: InvolvementController.show)
    app.post("betrokkenheid", use: InvolvementController.register)
    app.post("betrokkenheid", ":id", "beeindigen", use: InvolvementController.end)

    app.get("toestemmingen", use: ConsentController.show)
    app.post("toestemmingen", ":organisatie", use: ConsentController.save)

    app.get("verhuizing", use: MoveController.form)
    app.post("verhuizing", use: MoveController.report)
    app.post("beheer", "koppelingen", use: AdminController.createAPIClient)

    app.get("health", use: OperationsController.health)
    app.get("metrics", use: OperationsController.metrics)

    let openAPITree = try OpenAPIDocument.tree()
    let openAPIDocument = try OpenAPIDocument.json(openAPITree)
    app.get("api", "v1", "openapi.json") { _ in
        Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: openAPIDocument))
    }
    let transport = VaporTransport(routesBuilder: app.grouped(APIMiddleware()))
    try APIHandler().registerHandlers(on: transport, serverURL: Servers.Server1.url(),
                                      middlewares: [QueryParameterValidation(document: openAPITree),
                                                    RequestBodyValidation(document: openAPITree)])
}
