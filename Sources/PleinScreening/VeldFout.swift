/// What is wrong with one field, or with the row as a whole; the line reader adds the line
/// number and, for a field, its column.
struct VeldFout: Error {
    let melding: String
    /// False when the row itself is malformed (the number of columns), not one field.
    let perKolom: Bool

    init(_ melding: String) {
        self.melding = melding
        perKolom = true
    }

    private init(regel melding: String) {
        self.melding = melding
        perKolom = false
    }

    static func regel(_ melding: String) -> VeldFout { VeldFout(regel: melding) }
}
