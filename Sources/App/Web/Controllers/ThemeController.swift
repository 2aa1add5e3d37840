import Foundation
import PleinDomain
import Vapor

/// The theme pages residents and visitors read.
enum ThemeController {
    static func show(_ req: Request) async throws -> Response {
        guard let theme = req.parameters.get("thema").flatMap(Theme.init(rawValue:)) else { throw PleinError.notFound }
        let language = (try? req.query.get(String.self, at: "taal")).flatMap(ContentLanguage.init(rawValue:))
            ?? (req.state.language == .en ? .en : .nl)
        let service = ThemeService(database: req.database, actor: try? req.requireActor(), audit: req.application.plein.audit)
        guard case .on(let page) = try await service.page(theme, in: language) else { throw PleinError.notFound }
        var view = ThemeView(context: try await req.pageContext(), theme: theme, page: page, language: language)
        switch theme {
        case .minima:
            view.offer = try await service.minimaOffer(today: .today)
            view.schemes = try await service.schemes()
        case .jeugd:
            view.checklists = try await service.checklists(today: .today)
            if let typed = try? req.query.get(String.self, at: "geboortedatum"), !typed.isEmpty {
                view.typedBirthDate = typed
                if let birth = CivilDate(typed: typed), birth <= .today, birth > CivilDate.today.adding(years: -30) {
                    view.checklists.append(.init(name: req.state.language.pick(nl: "iemand geboren op \(birth.dutchNotation)", en: "someone born on \(birth.dutchNotation)"),
                                                 birthDate: birth, items: TurningEighteenChecklist.items(birthDate: birth), isOwn: true))
                } else {
                    view.birthDateError = FieldError(field: "geboortedatum", message: .init(
                        nl: "Vul een geboortedatum in, bijvoorbeeld 14-3-2009.", en: "Enter a date of birth, for example 14-3-2009."))
                }
            }
        case .wmo, .statushouders, .werk:
            break
        }
        return req.html(view.render(), status: view.birthDateError == nil ? .ok : .unprocessableEntity)
    }
}
