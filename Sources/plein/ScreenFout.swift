/// A problem with `plein screen`'s arguments or files, reported on stderr with exit code 2.
struct ScreenFout: Error {
    let melding: String

    init(_ melding: String) { self.melding = melding }
}
