import OpenAPIRuntime
import Vapor

/// Turns every error into an answer the visitor can use: a page in the layout for people,
/// problem+json (RFC 9457) for the API, listing every invalid field. Unexpected errors are
/// logged with the trace id and shown as a 500 page that reveals nothing internal.
struct ErrorResponseMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return await render(error, for: request)
        }
    }

    private struct Problem {
        var status: HTTPResponseStatus
        var title: String
        var detail: String?
        var invalid: [FieldError] = []
        var retryAfter: Int?
    }

    private func classify(_ error: any Error, _ request: Request) -> Problem {
        switch error {
        case let error as ServerError:
            // The generated server wraps both our own errors and its decoding failures. Ours
            // are classified as usual; a failure to read the request is a 400 it reports itself.
            let underlying = error.underlyingError
            if underlying is PleinError || underlying is DecodingError || underlying is any AbortError {
                return classify(underlying, request)
            }
            let status = HTTPResponseStatus(statusCode: Int(error.httpStatus.code))
            if status == .unsupportedMediaType {
                return Problem(status: status, title: "Verkeerd soort invoer",
                               detail: "Stuur de invoer als JSON, met de kop Content-Type: application/json.")
            }
            if (400..<500).contains(status.code) {
                // The cause already describes the underlying error; both said it twice.
                return Problem(status: status, title: "De invoer klopt niet", detail: error.causeDescription)
            }
            return classify(underlying, request)
        case PleinError.notLoggedIn:
            return Problem(status: .unauthorized, title: "Niet geauthenticeerd",
                           detail: "Stuur een geldig token mee: Authorization: Bearer plein_…")
        case PleinError.forbidden(let text):
            return Problem(status: .forbidden, title: "Geen toegang", detail: text.nl)
        case PleinError.notFound:
            return Problem(status: .notFound, title: "Niet gevonden")
        case PleinError.invalid(let fields):
            return Problem(status: .badRequest, title: "De invoer klopt niet",
                           detail: "Eén of meer velden zijn ongeldig; zie invalidParams.", invalid: fields)
        case PleinError.tooManyAttempts(let seconds):
            return Problem(status: .tooManyRequests, title: "Te veel pogingen", retryAfter: seconds)
        case let error as DecodingError:
            return Problem(status: .badRequest, title: "De invoer klopt niet", detail: "De invoer is geen geldige JSON voor deze bewerking.",
                           invalid: [FieldError(field: Self.path(of: error), message: LocalizedText(nl: Self.reason(of: error), en: Self.reason(of: error)))])
        case let error as any AbortError where error.status == .payloadTooLarge:
            return Problem(status: error.status, title: "De invoer is te groot",
                           detail: "Plein neemt hoogstens 1 MB JSON aan.")
        case let error as any AbortError:
            return Problem(status: error.status, title: error.status.reasonPhrase,
                           detail: error.status.code < 500 ? error.reason : nil)
        default:
            request.logger.error("Onverwachte fout: \(String(reflecting: error))")
            return Problem(status: .internalServerError, title: "Interne fout")
        }
    }

    private func render(_ error: any Error, for request: Request) async -> Response {
        let problem = classify(error, request)
        if request.isAPI { return problemJSON(problem, request) }
        if problem.status == .unauthorized {
            return request.redirect(to: "/inloggen")
        }
        let page: String
        if let context = try? await PageContext.from(request) {
            let message: String? = switch error {
            case PleinError.forbidden(let text): text.text(in: context.language)
            // A refusal no form handles itself (NULCharacterMiddleware): say what was wrong.
            case PleinError.invalid(let fields): fields.first?.message.text(in: context.language)
            default: nil
            }
            page = ErrorPage(context: context, status: problem.status.code, message: message,
                             upload: request.headers.contentType?.type == "multipart").render()
        } else {
            page = "<!doctype html><html lang=\"nl\"><title>Fout</title><h1>Er ging iets mis</h1></html>"
        }
        let response = request.html(page, status: problem.status)
        if let retryAfter = problem.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
        return response
    }

    private func problemJSON(_ problem: Problem, _ request: Request) -> Response {
        var body: [String: Any] = [
            "type": "about:blank", "title": problem.title, "status": Int(problem.status.code),
            "instance": request.url.path,
        ]
        if let detail = problem.detail { body["detail"] = detail }
        if !problem.invalid.isEmpty {
            body["invalidParams"] = problem.invalid.map { ["name": $0.field, "reason": $0.message.nl] }
        }
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/problem+json")
        if problem.status == .unauthorized { headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
        if let retryAfter = problem.retryAfter { headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
        return Response(status: problem.status, headers: headers, body: .init(data: data))
    }

    private static func path(of error: DecodingError) -> String {
        let context: DecodingError.Context? = switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): c
        case .keyNotFound(let key, let c): .init(codingPath: c.codingPath + [key], debugDescription: c.debugDescription)
        @unknown default: nil
        }
        return context?.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") ?? ""
    }

    private static func reason(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound: "Dit veld is verplicht."
        case .typeMismatch, .valueNotFound: "Dit veld heeft niet het goede type."
        default: "Deze waarde kan niet gelezen worden."
        }
    }
}
