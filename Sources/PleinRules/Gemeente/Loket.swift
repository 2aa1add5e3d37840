/// Where and how to apply for a municipal scheme (configuration).
public struct Loket: Hashable, Sendable, Codable {
    public var tekst: String
    public var waar: String
    public var url: String?

    public init(tekst: String, waar: String, url: String? = nil) {
        self.tekst = tekst
        self.waar = waar
        self.url = url
    }

    var volgendeStap: VolgendeStap { VolgendeStap(tekst: tekst, waar: waar, url: url) }
}
