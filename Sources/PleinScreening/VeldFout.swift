/// What is wrong with one field; the line reader adds the line number and column.
struct VeldFout: Error {
    let melding: String

    init(_ melding: String) { self.melding = melding }
}
