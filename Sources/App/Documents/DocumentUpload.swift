import Foundation

/// A file as submitted in a form or API call, checked before anything is stored: not empty,
/// not larger than the limit, and a PDF, JPEG or PNG by its content. The name is kept only
/// for display and the download, reduced to safe characters with the real type's extension.
struct DocumentUpload: Sendable {
    let fileName: String
    let data: Data
    let format: DocumentFormat

    static func check(fileName: String, data: Data, maxBytes: Int, field: String) -> Result<DocumentUpload, FieldError> {
        func fail(_ nl: String, _ en: String) -> Result<DocumentUpload, FieldError> {
            .failure(FieldError(field: field, message: LocalizedText(nl: nl, en: en)))
        }
        guard !data.isEmpty else { return fail("Kies een bestand.", "Choose a file.") }
        guard data.count <= maxBytes else {
            let megabytes = maxBytes / (1024 * 1024)
            return fail("Het bestand is te groot. Het mag hoogstens \(megabytes) MB zijn.",
                        "The file is too large. It may be at most \(megabytes) MB.")
        }
        guard let format = DocumentFormat(content: data) else {
            return fail("Dit bestand kan niet. Stuur een PDF, JPG of PNG.",
                        "This file cannot be used. Send a PDF, JPG or PNG.")
        }
        return .success(DocumentUpload(fileName: safeName(fileName, format: format), data: data, format: format))
    }

    /// Letters, digits, spaces, dots, dashes and underscores only, at most 100 characters,
    /// ending in the extension of the type the content really has.
    static func safeName(_ name: String, format: DocumentFormat) -> String {
        let base = (name as NSString).deletingPathExtension
        let kept = String(base.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || " ._-".unicodeScalars.contains($0) }
            .map(Character.init)).trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ".")))
        return "\(kept.isEmpty ? "document" : String(kept.prefix(100))).\(format.fileExtension)"
    }
}
