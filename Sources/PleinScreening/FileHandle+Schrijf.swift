import Foundation

extension FileHandle {
    /// Writes `bytes`, turning a failure into the message for the user about `pad`.
    func schrijf(_ bytes: [UInt8], pad: String) throws(ScreeningFout) {
        do { try write(contentsOf: bytes) } catch { throw .bestandNietSchrijfbaar(pad) }
    }
}
