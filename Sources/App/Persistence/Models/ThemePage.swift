import Fluent
import Foundation

/// A theme's content page in one language, written by the municipality's functional
/// administrator. The body is plain text: paragraphs separated by a blank line, a line starting
/// with "## " is a heading — no HTML, so nothing an administrator types can break the page.
final class ThemePage: Model, @unchecked Sendable {
    static let schema = "thema_paginas"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisatie_id") var organisationID: UUID
    @Enum(key: "thema") var theme: Theme
    @Enum(key: "taal") var language: ContentLanguage
    @Field(key: "titel") var title: String
    @Field(key: "inhoud") var body: String
    @Timestamp(key: "gewijzigd_op", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, theme: Theme, language: ContentLanguage, title: String, body: String) {
        self.organisationID = organisationID
        self.theme = theme
        self.language = language
        self.title = title
        self.body = body
    }

    /// The body as blocks: headings and paragraphs.
    var blocks: [(isHeading: Bool, text: String)] {
        body.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n").flatMap { chunk -> [(Bool, String)] in
            chunk.split(separator: "\n").map(String.init).reduce(into: [(Bool, String)]()) { result, line in
                if line.hasPrefix("## ") {
                    result.append((true, String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)))
                } else if let last = result.last, !last.0 {
                    result[result.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces)
                } else {
                    result.append((false, line.trimmingCharacters(in: .whitespaces)))
                }
            }
        }.filter { !$0.1.isEmpty }.map { (isHeading: $0.0, text: $0.1) }
    }
}
