import PleinRules

extension ByteSchrijver {
    /// Row `i` of results.csv: the id as it stood in the input, then per scheme the right and
    /// the amount per month (both empty for a local scheme of another municipality).
    mutating func resultaat(id: UnsafeRawBufferPointer, _ uitvoer: UitkomstKolommen, _ i: Int) {
        bytes(id)
        for regeling in uitvoer.regelingen.indices {
            let recht = uitvoer.recht(regeling: regeling, huishouden: i)
            byte(UInt8(ascii: ","))
            tekst(ResultatenCSV.tekst(recht))
            byte(UInt8(ascii: ","))
            if recht != .nietVanToepassing { bedrag(uitvoer.perMaand(regeling: regeling, huishouden: i).cents) }
        }
        byte(UInt8(ascii: "\n"))
    }
}
