import Foundation

/// Reads a file in large blocks that end on a line end, so each block can be parsed on its
/// own core; the part of the last line that did not fit is kept for the next block.
struct BlokLezer {
    private let bestand: FileHandle
    private var rest: [UInt8] = []
    private var einde = false
    /// Bytes read from the file so far, for the progress bar.
    private(set) var gelezen = 0

    init(_ bestand: FileHandle) { self.bestand = bestand }

    /// Replaces `blok` with the next whole lines, about `grootte` bytes (more when one line is
    /// longer); the file's last line may lack its line end. False when the file is done.
    mutating func volgende(into blok: inout [UInt8], grootte: Int) throws -> Bool {
        blok.removeAll(keepingCapacity: true)
        blok.append(contentsOf: rest)
        rest.removeAll(keepingCapacity: true)
        while !einde {
            let data = try bestand.read(upToCount: max(grootte - blok.count, 1 << 16)) ?? Data()
            gelezen += data.count
            einde = data.isEmpty
            let begin = blok.count
            blok.append(contentsOf: data)
            // Cut after the last line end; without one in the new bytes, read on.
            if let laatste = blok[begin...].lastIndex(of: UInt8(ascii: "\n")) {
                rest.append(contentsOf: blok[(laatste + 1)...])
                blok.removeSubrange((laatste + 1)...)
                break
            }
        }
        return !blok.isEmpty
    }
}
