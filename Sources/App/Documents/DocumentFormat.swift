import Foundation

/// The file types Plein accepts, recognised by their first bytes, never by name or by what
/// the browser claims: an executable renamed to .pdf is still an executable.
enum DocumentFormat: String, CaseIterable, Sendable {
    case pdf, jpeg, png

    var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }

    var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }

    private var signature: [UInt8] {
        switch self {
        case .pdf: Array("%PDF-".utf8)
        case .jpeg: [0xFF, 0xD8, 0xFF]
        case .png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        }
    }

    init?(content: Data) {
        guard let format = Self.allCases.first(where: { content.starts(with: $0.signature) }) else { return nil }
        self = format
    }
}
