import Vapor

/// The professional's pages about residents. Each handler maps the request to one service
/// call and one page; scoping and audit live in ResidentService.
enum ResidentController {
    static func index(_ req: Request) async throws -> Response {
        var filter = FilterQuery(req)
        let query = filter.text("zoek", label: ResidentsPage.searchLabel)
        let page = filter.page()
        guard filter.errors.isEmpty else {
            // Only those who may search get to hear what is wrong with the search.
            try await req.residents.requireCaseWorker("inwoners-zoeken")
            return req.html(ResidentsPage(context: try await req.pageContext(), query: query, result: nil,
                                          errors: filter.errors).render(), status: .badRequest)
        }
        let result = try await req.residents.search(query, page: page)
        return req.html(ResidentsPage(context: try await req.pageContext(), query: query, result: result).render())
    }

    static func show(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw PleinError.notFound }
        let resident = try await req.residents.resident(id: id)
        let justRegistered = (try? req.query.get(String.self, at: "geregistreerd")) != nil
        // A municipality has its own data; other organisations see what the resident shares with them.
        let isMunicipality = try await Organisation.find(resident.organisationID, on: req.database)?.kind == .gemeente
        let shared = isMunicipality ? [] : try await req.consents.shared(about: resident)
        return req.html(ResidentPage(context: try await req.pageContext(), resident: resident, justRegistered: justRegistered,
                                     shared: shared).render())
    }

    static func new(_ req: Request) async throws -> Response {
        try await req.residents.requireCaseWorker("inwoner-registreren")
        return req.html(NewResidentPage(context: try await req.pageContext()).render())
    }

    static func create(_ req: Request) async throws -> Response {
        let input = ResidentInput(
            bsn: req.formField("bsn"), givenNames: req.formField("voornamen"), familyName: req.formField("achternaam"),
            birthDate: req.formField("geboortedatum"), postcode: req.formField("postcode"),
            houseNumber: req.formField("huisnummer"), town: req.formField("woonplaats"),
            email: req.formField("email"), iban: req.formField("iban"))
        do {
            let resident = try await req.residents.register(input, today: .today)
            return req.redirect(to: "/inwoners/\(resident.id!.uuidString)?geregistreerd=1")
        } catch PleinError.invalid(let errors) {
            let page = NewResidentPage(context: try await req.pageContext(), input: input, errors: errors)
            return req.html(page.render(), status: .unprocessableEntity)
        }
    }
}
