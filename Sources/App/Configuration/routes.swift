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
    app.get("check-je-rechten", "werken-loont", use: WorkPaysController.form)
    app.post("check-je-rechten", "werken-loont", use: WorkPaysController.calculate)
    app.get("check-je-rechten", ":vraag", use: RightsCheckController.question)
    app.post("check-je-rechten", ":vraag", use: RightsCheckController.answer)

    app.get("mijn-gegevens", use: MyDataController.show)

    app.get("inwoners", use: ResidentController.index)
    app.get("inwoners", "nieuw", use: ResidentController.new)
    app.post("inwoners", "nieuw", use: ResidentController.create)
    app.get("inwoners", ":id", use: ResidentController.show)

    app.get("beheer", use: AdminController.show)
    app.post("beheer", "koppelingen", use: AdminController.createAPIClient)

    app.get("health", use: OperationsController.health)
    app.get("metrics", use: OperationsController.metrics)

    let openAPIDocument = try OpenAPIDocument.json()
    app.get("api", "v1", "openapi.json") { _ in
        Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: openAPIDocument))
    }
    let transport = VaporTransport(routesBuilder: app.grouped(APIMiddleware()))
    try APIHandler().registerHandlers(on: transport, serverURL: Servers.Server1.url())
}
