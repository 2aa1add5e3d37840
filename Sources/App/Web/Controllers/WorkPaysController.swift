import Foundation
import PleinDomain
import PleinRules
import Vapor

/// "Werken loont", reached from the result of "Check je rechten": it reuses the household
/// from those answers, so the resident answers nothing twice.
enum WorkPaysController {
    static func form(_ req: Request) async throws -> Response {
        guard try await household(req) != nil else { return req.redirect(to: "/check-je-rechten") }
        return req.html(WorkPaysPage(context: try await req.pageContext()).render())
    }

    static func calculate(_ req: Request) async throws -> Response {
        guard let (huishouden, engine) = try await household(req) else { return req.redirect(to: "/check-je-rechten") }
        let submitted = SubmittedForm.read(req)
        let form = submitted.values
        let context = try await req.pageContext()
        let ambiguous = submitted.errors(forAmbiguous: ["urenPerWeek", "nettoUurloon", "nettoPerMaand", "brutoPerJaar"])
        switch ambiguous.isEmpty ? scenario(form) : .failure(.invalid(ambiguous)) {
        case .failure(let error):
            guard case .invalid(let errors) = error else { throw error }
            return req.html(WorkPaysPage(context: context, form: form, errors: errors).render(), status: .unprocessableEntity)
        case .success(let werk):
            let result = try WerkenLoont(engine: engine).bereken(huishouden, werk: werk)
            return req.html(WorkPaysPage(context: context, form: form, result: result).render())
        }
    }

    private static func household(_ req: Request) async throws -> (Huishouden, Engine)? {
        let answers = AnswerCookie(secret: req.application.plein.settings.pseudonymKey).read(req)
        guard RightsCheckController.isComplete(answers) else { return nil }
        let rules = try await RightsCheckController.localRules(req)
        return answers.huishouden(peildatum: .today, gemeente: rules.gemeente).map { ($0, rules.engine) }
    }

    /// Either a monthly net wage, or hours per week with a net hourly wage.
    static func scenario(_ form: [String: String]) -> Result<WerkScenario, PleinError> {
        func amount(_ name: String) -> Money? {
            let text = (form[name] ?? "").trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : Money(parsing: text)
        }
        func present(_ name: String) -> Bool { !(form[name] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        var errors: [FieldError] = []
        func fail(_ field: String, _ nl: String, _ en: String) { errors.append(FieldError(field: field, message: .init(nl: nl, en: en))) }
        for name in ["nettoUurloon", "nettoPerMaand", "brutoPerJaar"] where present(name) && (amount(name).map { $0 < .zero } ?? true) {
            fail(name, "Vul een bedrag in euro in, bijvoorbeeld 1250 of 1250,50.", "Enter an amount in euro, for example 1250 or 1250.50.")
        }
        // Bounded as the questions of Check je rechten bound their amounts: a wage of a trillion
        // euro overflowed hours × 52 × wage, or the chart's bar heights, and stopped the server.
        if let hourly = amount("nettoUurloon"), hourly > WerkScenario.hoogsteUurloon {
            let most = WerkScenario.hoogsteUurloon.formatted
            fail("nettoUurloon", "Vul een netto uurloon in van hoogstens \(most).", "Enter a net hourly wage of at most \(most).")
        }
        for name in ["nettoPerMaand", "brutoPerJaar"] where (amount(name).map { $0 > CheckField.highestAmount } ?? false) {
            fail(name, "Dit bedrag is te hoog. Controleer het bedrag.", "This amount is too high. Check the amount.")
        }
        let hours = Double((form["urenPerWeek"] ?? "").replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces))
        if present("urenPerWeek") && !(hours.map { $0 > 0 && $0 <= 60 } ?? false) {
            fail("urenPerWeek", "Vul een aantal uren in van 1 tot en met 60.", "Enter a number of hours from 1 to 60.")
        }
        guard errors.isEmpty else { return .failure(.invalid(errors)) }
        let bruto = amount("brutoPerJaar")
        if let monthly = amount("nettoPerMaand"), monthly > .zero {
            return .success(WerkScenario(loon: .nettoPerMaand(monthly), brutoPerJaar: bruto))
        }
        guard let hours, let hourly = amount("nettoUurloon"), hourly > .zero else {
            fail(present("urenPerWeek") ? "nettoUurloon" : "urenPerWeek",
                 "Vul het aantal uren en het netto uurloon in, of het netto loon per maand.",
                 "Enter the hours and the net hourly wage, or the net wage per month.")
            return .failure(.invalid(errors))
        }
        return .success(WerkScenario(loon: .perUur(kwartierenPerWeek: WerkScenario.kwartieren(urenPerWeek: hours), nettoUurloon: hourly),
                                     brutoPerJaar: bruto))
    }
}
